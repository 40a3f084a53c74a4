#pragma once
// A civil date in the proleptic Gregorian calendar, years 1 to 9999: answers such as a birth date
// have no time and no time zone.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace helder::core {

class Date {
public:
    // 1970-01-01.
    constexpr Date() = default;

    static bool isValid(int year, int month, int day);
    static std::optional<Date> fromYmd(int year, int month, int day);
    // Exactly "YYYY-MM-DD" naming a real calendar day.
    static std::optional<Date> parseIso(std::string_view text);
    // std::nullopt outside years 1..9999.
    static std::optional<Date> fromDaysSinceEpoch(std::int64_t days);

    [[nodiscard]] constexpr int year() const { return m_year; }
    [[nodiscard]] constexpr int month() const { return m_month; }
    [[nodiscard]] constexpr int day() const { return m_day; }

    [[nodiscard]] std::string toIso() const;
    // Days since 1970-01-01 (negative before).
    [[nodiscard]] std::int64_t daysSinceEpoch() const;
    // std::nullopt when the result leaves years 1..9999.
    [[nodiscard]] std::optional<Date> addDays(std::int64_t days) const;

    // Completed years from `from` to `to` (an age); negative when `to` is before `from`. Someone born
    // on 29 February completes a year on 1 March in common years.
    static int yearsBetween(Date from, Date to);

    friend constexpr auto operator<=>(const Date&, const Date&) = default;
    friend constexpr bool operator==(const Date&, const Date&) = default;

private:
    constexpr Date(int year, int month, int day) : m_year(year), m_month(month), m_day(day) {}

    // Declared in this order so the defaulted comparison is chronological.
    int m_year = 1970;
    int m_month = 1;
    int m_day = 1;
};

} // namespace helder::core
