#pragma once
// Dates and amounts for test tables, written the way a reader checks them: iso("1985-03-14"),
// dec("12.50"). A value that does not parse fails the test case that wrote it.

#include "core/Date.hpp"
#include "core/Decimal.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace helder::test {

inline core::Date iso(std::string_view text)
{
    const auto date = core::Date::parseIso(text);
    REQUIRE_MESSAGE(date.has_value(), std::string(text));
    return *date;
}

inline core::Decimal dec(std::string_view text)
{
    const auto parsed = core::Decimal::parse(text);
    REQUIRE_MESSAGE(parsed.has_value(), std::string(text));
    return *parsed;
}

// Day, month and year all differ, so a format test sees which is which.
inline const core::Date birthday = *core::Date::fromYmd(1985, 3, 14);

} // namespace helder::test
