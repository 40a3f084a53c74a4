// A language file: checked against the shipped English reference, then every message formatted
// (ICU MessageFormat with plurals) as the kiosk and the review sheet do.

#include "FuzzInput.hpp"

#include "i18n/Catalog.hpp"
#include "i18n/CatalogCheck.hpp"

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace {

const std::string& englishReference()
{
    static const std::string text = [] {
        std::ifstream in(HELDER_SOURCE_DIR "/locales/en.json", std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }();
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::vector<helder::i18n::LocaleFile> files{
        {"locales/en.json", englishReference()},
        {"locales/nl.json", std::string(helder::fuzz::asText(data, size))},
    };
    (void)helder::i18n::checkCatalog(files);
    const helder::i18n::Catalog catalog(files, {});
    const auto messages = nlohmann::json::parse(englishReference())["messages"];
    const helder::i18n::MessageArgs args{{"count", std::int64_t{3}}, {"page", std::int64_t{1}},
                                          {"pages", std::int64_t{2}}, {"example", std::string("85.07.30")}};
    for (const auto& [key, ignored] : messages.items()) {
        (void)catalog.format("nl", key, args);
        (void)catalog.formatForPaper("nl", key, args);
    }
    return 0;
}
