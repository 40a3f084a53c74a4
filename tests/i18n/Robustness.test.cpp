// Language files are staff input and therefore untrusted: mangled files must give diagnostics, never
// a crash or an exception, and the catalog must still answer.

#include "i18n/Catalog.hpp"
#include "i18n/CatalogCheck.hpp"
#include "i18n/LanguageList.hpp"

#include "TestLocales.hpp"

#include <doctest/doctest.h>

#include <random>

using namespace helder;

namespace {

std::string mutate(std::string text, std::mt19937& random)
{
    static constexpr std::string_view pieces[] = {"{", "}", "#", "'", "|", ",", "\"", "\\", "plural", "select",
                                                  "other", "=1", "{count,", "\xd9\x85", "\n", "[", "]", ":"};
    std::uniform_int_distribution<int> edits(1, 4);
    for (int n = edits(random); n > 0 && !text.empty(); --n) {
        std::uniform_int_distribution<std::size_t> at(0, text.size() - 1);
        std::uniform_int_distribution<std::size_t> piece(0, std::size(pieces) - 1);
        switch (std::uniform_int_distribution<int>(0, 2)(random)) {
        case 0:
            text.erase(at(random), 1);
            break;
        case 1:
            text.insert(at(random), pieces[piece(random)]);
            break;
        default:
            text.resize(at(random));
            break;
        }
    }
    return text;
}

} // namespace

TEST_CASE("mangled language files give diagnostics, never a crash")
{
    const i18n::LocaleFile english = test::i18nFixture("en.json");
    const i18n::LocaleFile polish = test::i18nFixture("mismatch/pl.json");
    std::mt19937 random(20261123);
    int withErrors = 0;
    for (int round = 0; round < 400; ++round) {
        const std::vector files{i18n::LocaleFile{english.fileName, mutate(english.text, random)},
                                i18n::LocaleFile{"locales/pl.json", mutate(polish.text, random)}};
        const auto diagnostics = i18n::checkCatalog(files);
        withErrors += core::hasErrors(diagnostics) ? 1 : 0;
        for (const auto& diagnostic : diagnostics)
            CHECK_FALSE(diagnostic.code.empty());

        const i18n::Catalog catalog(files, i18n::LanguageList{});
        const std::string text = catalog.format("pl", "start.question_count", {{"count", 3}});
        CHECK_FALSE(text.empty());
    }
    // The Polish fixture has errors of its own, so every round reports at least one.
    CHECK(withErrors == 400);
}

TEST_CASE("mangled languages.json gives diagnostics, never a crash")
{
    const std::string text = test::readFile(test::sourceDir() / "locales" / "languages.json");
    REQUIRE_FALSE(text.empty());
    std::mt19937 random(1985);
    for (int round = 0; round < 300; ++round) {
        const auto list = i18n::LanguageList::parse("languages.json", mutate(text, random));
        if (!list)
            CHECK_FALSE(list.error().empty());
    }
}
