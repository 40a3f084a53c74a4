#include "i18n/PaperFormat.hpp"

#include "TestValues.hpp"

#include <doctest/doctest.h>

using namespace helder;
using helder::test::birthday;
using helder::test::dec;

namespace {

std::string paper(core::Date date, std::string_view pattern)
{
    auto text = i18n::formatDateForPaper(date, pattern);
    REQUIRE_MESSAGE(text.has_value(), (text ? std::string() : text.error()));
    return *text;
}

} // namespace

TEST_CASE("paper dates are Gregorian with Latin digits in the form's format")
{
    CHECK(paper(birthday, "dd/MM/yyyy") == "14/03/1985");
    CHECK(paper(birthday, "ddMMyyyy") == "14031985");
    CHECK(paper(birthday, "d.M.yy") == "14.3.85");
    CHECK(paper(birthday, "yyyy-MM-dd") == "1985-03-14");
    CHECK(paper(*core::Date::fromYmd(2007, 1, 5), "dd/MM/yyyy") == "05/01/2007");
    CHECK(paper(birthday, "dd 'de' MM") == "14 de 03");
    CHECK(paper(birthday, "dd''MM") == "14'03");
}

TEST_CASE("a bad paper date pattern is an error that names the problem")
{
    const auto unknown = i18n::formatDateForPaper(birthday, "dd/MMM/yyyy");
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().find("MMM") != std::string::npos);
    CHECK_FALSE(i18n::formatDateForPaper(birthday, "yyy").has_value());
    CHECK_FALSE(i18n::formatDateForPaper(birthday, "dd/MM/yyyy x").has_value());
    CHECK_FALSE(i18n::formatDateForPaper(birthday, "dd 'open").has_value());
}

TEST_CASE("paper amounts use the Belgian style with Latin digits")
{
    CHECK(i18n::formatMoneyForPaper(dec("1234.5")) == "1.234,50");
    CHECK(i18n::formatMoneyForPaper(dec("0")) == "0,00");
    CHECK(i18n::formatMoneyForPaper(dec("999")) == "999,00");
    CHECK(i18n::formatMoneyForPaper(dec("1234567.891")) == "1.234.567,89");
    CHECK(i18n::formatMoneyForPaper(dec("-45.2")) == "-45,20");
    CHECK(i18n::formatDecimalForPaper(dec("1234.5"), {".", "", 1}) == "1234.5");
    CHECK(i18n::formatDecimalForPaper(dec("1234567"), {",", " ", 0}) == "1 234 567");
}

TEST_CASE("paper times use a 24-hour clock")
{
    CHECK(i18n::formatTimeForPaper(14, 5) == "14:05");
    CHECK(i18n::formatTimeForPaper(0, 0) == "00:00");
    CHECK_FALSE(i18n::formatTimeForPaper(24, 0).has_value());
    CHECK_FALSE(i18n::formatTimeForPaper(12, 60).has_value());
}
