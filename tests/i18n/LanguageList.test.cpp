#include "i18n/LanguageList.hpp"

#include "TestLocales.hpp"

#include <doctest/doctest.h>

using namespace helder;

namespace {

i18n::LanguageList shippedList()
{
    auto list = i18n::LanguageList::parse("locales/languages.json",
                                          test::readFile(test::sourceDir() / "locales" / "languages.json"));
    REQUIRE_MESSAGE(list.has_value(), (list ? std::string() : test::describe(list.error())));
    return *list;
}

} // namespace

TEST_CASE("languages.json lists endonyms, directions, locales, voices and keyboards")
{
    const auto list = shippedList();
    REQUIRE(list.languages().size() >= 10);
    CHECK(list.languages().front().code == "nl");

    const auto* arabic = list.find("ar");
    REQUIRE(arabic);
    CHECK(arabic->endonym == "العربية");
    CHECK(arabic->direction == i18n::Direction::Rtl);

    const auto* dari = list.find("prs");
    REQUIRE(dari);
    CHECK(dari->endonym == "دری");
    CHECK(dari->direction == i18n::Direction::Rtl);
    CHECK(dari->icuLocale == "fa_AF@calendar=gregorian");
    CHECK(dari->voice == "fa");

    const auto* tigrinya = list.find("ti");
    REQUIRE(tigrinya);
    CHECK(tigrinya->endonym == "ትግርኛ");
    CHECK(tigrinya->direction == i18n::Direction::Ltr);
    CHECK_FALSE(tigrinya->voice.has_value());
    CHECK(tigrinya->keyboard == "geez-picker");

    CHECK(list.find("uk")->endonym == "Українська");
    CHECK(list.find("fr")->endonym == "Français");
    CHECK(list.find("tr")->direction == i18n::Direction::Ltr);
    CHECK(list.find("xx") == nullptr);
    for (const auto& language : list.languages()) {
        CAPTURE(language.code);
        CHECK_FALSE(language.endonym.empty());
        CHECK_FALSE(language.keyboard.empty());
    }
}

TEST_CASE("mistakes in languages.json are reported with their position")
{
    const std::string text = R"({
  "languages": [
    {"code": "nl", "endonym": "Nederlands", "direction": "ltr", "icu_locale": "nl_BE", "voice": "nl", "keyboard": "be"},
    {"code": "prs", "endonym": "دری", "direction": "sideways", "icu_locale": "prs", "voice": null, "keyboard": "af", "font": "x"},
    {"code": "nl", "endonym": "Vlaams", "direction": "ltr", "icu_locale": "nl_BE", "voice": "nl", "keyboard": "be"}
  ]
})";
    const auto list = i18n::LanguageList::parse("languages.json", text);
    REQUIRE_FALSE(list.has_value());
    const auto& diagnostics = list.error();
    INFO(test::describe(diagnostics));

    const auto direction = test::withCode(diagnostics, "invalid-direction");
    REQUIRE(direction.size() == 1);
    CHECK(direction[0].jsonPath == "/languages/1/direction");
    CHECK(direction[0].position.line == 4);

    // Dari has no ICU data of its own: formatting would silently fall back to English.
    const auto locale = test::withCode(diagnostics, "unknown-icu-locale");
    REQUIRE(locale.size() == 1);
    CHECK(locale[0].jsonPath == "/languages/1/icu_locale");

    const auto unknown = test::withCode(diagnostics, "unknown-key");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].jsonPath == "/languages/1/font");

    CHECK(test::withCode(diagnostics, "duplicate-language").size() == 1);
}

TEST_CASE("languages.json must have a non-empty list")
{
    CHECK_FALSE(i18n::LanguageList::parse("languages.json", R"({"languages": []})").has_value());
    CHECK_FALSE(i18n::LanguageList::parse("languages.json", R"([])").has_value());
    const auto syntax = i18n::LanguageList::parse("languages.json", "{\"languages\": [\n}");
    REQUIRE_FALSE(syntax.has_value());
    CHECK(syntax.error().front().position.line == 2);
}
