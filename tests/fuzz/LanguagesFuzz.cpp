// locales/languages.json: the list of interface languages with their ICU locales and scripts.

#include "FuzzInput.hpp"

#include "i18n/LanguageList.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto languages = helder::i18n::LanguageList::parse("locales/languages.json", helder::fuzz::asText(data, size));
    if (languages) {
        (void)languages->find("ar");
    }
    return 0;
}
