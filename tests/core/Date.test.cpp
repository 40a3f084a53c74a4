#include "core/Date.hpp"

#include "TestValues.hpp"

#include <doctest/doctest.h>

using helder::core::Date;
using helder::test::iso;

TEST_CASE("Date accepts real calendar days only")
{
    for (const char* valid : {"2026-11-23", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2026-12-31"}) {
        CAPTURE(valid);
        const auto date = Date::parseIso(valid);
        REQUIRE(date);
        CHECK(date->toIso() == valid);
    }
    for (const char* invalid : {"2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00",
                                "0000-01-01", "2026-1-01", "26-01-01", "2026/01/01", "2026-01-011", "", "abcd-ef-gh",
                                "2026-01-+1"}) {
        CAPTURE(invalid);
        CHECK_FALSE(Date::parseIso(invalid));
    }
    CHECK(Date::isValid(2024, 2, 29));
    CHECK_FALSE(Date::isValid(2023, 2, 29));
}

TEST_CASE("Date counts days from 1970-01-01")
{
    CHECK(iso("1970-01-01").daysSinceEpoch() == 0);
    CHECK(iso("1970-01-02").daysSinceEpoch() == 1);
    CHECK(iso("1969-12-31").daysSinceEpoch() == -1);
    CHECK(iso("2000-03-01").daysSinceEpoch() == 11017);
    CHECK(iso("2026-11-23").daysSinceEpoch() - iso("2025-11-23").daysSinceEpoch() == 365);
    CHECK(iso("2024-11-23").daysSinceEpoch() - iso("2023-11-23").daysSinceEpoch() == 366);
    for (const char* text : {"0001-01-01", "1600-02-29", "2026-11-23", "9999-12-31"}) {
        CAPTURE(text);
        CHECK(Date::fromDaysSinceEpoch(iso(text).daysSinceEpoch()) == iso(text));
    }
    CHECK_FALSE(Date::fromDaysSinceEpoch(iso("9999-12-31").daysSinceEpoch() + 1));
}

TEST_CASE("Date adds days across months, years and leap days")
{
    CHECK(iso("2024-02-28").addDays(1) == iso("2024-02-29"));
    CHECK(iso("2023-02-28").addDays(1) == iso("2023-03-01"));
    CHECK(iso("2026-12-31").addDays(1) == iso("2027-01-01"));
    CHECK(iso("2026-01-01").addDays(-1) == iso("2025-12-31"));
    CHECK(iso("2026-11-23").addDays(0) == iso("2026-11-23"));
    CHECK_FALSE(iso("9999-12-31").addDays(1));
    CHECK_FALSE(iso("2026-01-01").addDays(1'000'000'000'000));
}

TEST_CASE("Date counts completed years")
{
    CHECK(Date::yearsBetween(iso("1985-03-14"), iso("2026-03-13")) == 40);
    CHECK(Date::yearsBetween(iso("1985-03-14"), iso("2026-03-14")) == 41);
    CHECK(Date::yearsBetween(iso("2008-02-29"), iso("2026-02-28")) == 17);
    CHECK(Date::yearsBetween(iso("2008-02-29"), iso("2026-03-01")) == 18);
    CHECK(Date::yearsBetween(iso("2008-02-29"), iso("2028-02-29")) == 20);
    CHECK(Date::yearsBetween(iso("2026-11-23"), iso("2026-11-23")) == 0);
    CHECK(Date::yearsBetween(iso("2026-11-23"), iso("2020-11-24")) == -5);
}

TEST_CASE("Date orders chronologically")
{
    CHECK(iso("2025-12-31") < iso("2026-01-01"));
    CHECK(iso("2026-01-31") < iso("2026-02-01"));
    CHECK(iso("2026-02-01") < iso("2026-02-02"));
    CHECK(iso("2026-02-02") == iso("2026-02-02"));
}
