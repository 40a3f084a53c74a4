#include "i18n/Formatter.hpp"

#include "i18n/LanguageList.hpp"

#include "TestLocales.hpp"
#include "TestValues.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace helder;
using helder::test::birthday;
using helder::test::dec;

namespace {

i18n::Formatter formatterFor(std::string_view locale)
{
    auto formatter = i18n::Formatter::create(locale);
    REQUIRE_MESSAGE(formatter.has_value(), (formatter ? std::string() : formatter.error()));
    return std::move(*formatter);
}

} // namespace

TEST_CASE("long dates use the language's month names")
{
    CHECK(formatterFor("nl_BE").longDate(birthday) == "14 maart 1985");
    CHECK(formatterFor("en_GB").longDate(birthday) == "14 March 1985");
    CHECK(formatterFor("fr_BE").longDate(birthday) == "14 mars 1985");
    CHECK(formatterFor("pl_PL").longDate(birthday) == "14 marca 1985");
}

TEST_CASE("Dari dates are Gregorian, not Persian-calendar")
{
    const std::string dari = formatterFor("fa_AF@calendar=gregorian").longDate(birthday);
    CAPTURE(dari);
    // 14 March 1985 is 23 Hut 1363 in the Persian calendar.
    CHECK(dari.find("۱۹۸۵") != std::string::npos);
    CHECK(dari.find("۱۳۶۳") == std::string::npos);
    CHECK(dari.find("۱۴") != std::string::npos);
    // Even a plain fa_AF locale is forced onto the Gregorian calendar.
    CHECK(formatterFor("fa_AF").longDate(birthday) == dari);
}

TEST_CASE("Latin digits on request, for a date shown beside Latin-digit cells")
{
    auto arabic = i18n::Formatter::create("ar@calendar=gregorian", i18n::Digits::Latin);
    REQUIRE(arabic.has_value());
    const std::string latin = arabic->longDate(birthday);
    CAPTURE(latin);
    CHECK(latin.find("14") != std::string::npos);
    CHECK(latin.find("1985") != std::string::npos);
    CHECK(latin.find("مارس") != std::string::npos);
    // By default the locale's own digits.
    CHECK(formatterFor("ar@calendar=gregorian").longDate(birthday).find("١٤") != std::string::npos);
    // Dari keeps its Gregorian calendar with Latin digits too.
    auto dari = i18n::Formatter::create("fa_AF", i18n::Digits::Latin);
    REQUIRE(dari.has_value());
    CHECK(dari->longDate(birthday).find("1985") != std::string::npos);
}

TEST_CASE("the day does not shift, whatever the time zone, at the edges of the calendar")
{
    const auto english = formatterFor("en_GB");
    CHECK(english.longDate(*core::Date::fromYmd(2000, 1, 1)) == "1 January 2000");
    CHECK(english.longDate(*core::Date::fromYmd(1969, 12, 31)) == "31 December 1969");
    CHECK(english.longDate(*core::Date::fromYmd(1500, 3, 1)) == "1 March 1500");
}

TEST_CASE("numbers and money in the visitor's locale")
{
    const auto dutch = formatterFor("nl_BE");
    CHECK(dutch.number(dec("1234.5")) == "1.234,5");
    CHECK(dutch.integer(1234567) == "1.234.567");
    CHECK(dutch.money(dec("1234.5")) == "€\u00a01.234,50");
    CHECK(formatterFor("en_GB").money(dec("1234.5")) == "€1,234.50");
    // Arabic-Indic digits on screen for Arabic.
    CHECK(formatterFor("ar").integer(12) == "١٢");
}

TEST_CASE("every language has twelve distinct month names for the date picker")
{
    auto list = i18n::LanguageList::parse("locales/languages.json",
                                          test::readFile(test::sourceDir() / "locales" / "languages.json"));
    REQUIRE(list.has_value());
    for (const auto& language : list->languages()) {
        CAPTURE(language.code);
        auto formatter = i18n::Formatter::create(language);
        REQUIRE(formatter.has_value());
        const auto months = formatter->monthNames();
        CHECK(months.size() == 12);
        CHECK(std::set<std::string>(months.begin(), months.end()).size() == 12);
    }
    CHECK(formatterFor("nl_BE").monthNames().at(2) == "maart");
    CHECK(formatterFor("uk_UA").monthNames().at(0) == "січень");
}
