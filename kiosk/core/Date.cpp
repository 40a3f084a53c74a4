#include "core/Date.hpp"

namespace helder::core {
namespace {

constexpr int minYear = 1;
constexpr int maxYear = 9999;

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : lengths[month - 1];
}

// Howard Hinnant's days_from_civil: eras of 400 years starting on 1 March.
std::int64_t daysFromCivil(int year, int month, int day)
{
    const std::int64_t y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yearOfEra = y - era * 400;
    const std::int64_t monthFromMarch = month > 2 ? month - 3 : month + 9;
    const std::int64_t dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

bool parseDigits(std::string_view text, int& out)
{
    out = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + (c - '0');
    }
    return !text.empty();
}

void appendPadded(std::string& out, int value, int width)
{
    std::string digits = std::to_string(value);
    if (digits.size() < static_cast<std::size_t>(width))
        out.append(static_cast<std::size_t>(width) - digits.size(), '0');
    out += digits;
}

} // namespace

bool Date::isValid(int year, int month, int day)
{
    return year >= minYear && year <= maxYear && month >= 1 && month <= 12 && day >= 1
        && day <= daysInMonth(year, month);
}

std::optional<Date> Date::fromYmd(int year, int month, int day)
{
    if (!isValid(year, month, day))
        return std::nullopt;
    return Date(year, month, day);
}

std::optional<Date> Date::parseIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int year = 0;
    int month = 0;
    int day = 0;
    if (!parseDigits(text.substr(0, 4), year) || !parseDigits(text.substr(5, 2), month)
        || !parseDigits(text.substr(8, 2), day))
        return std::nullopt;
    return fromYmd(year, month, day);
}

std::optional<Date> Date::fromDaysSinceEpoch(std::int64_t days)
{
    if (days < daysFromCivil(minYear, 1, 1) || days > daysFromCivil(maxYear, 12, 31))
        return std::nullopt;
    // Hinnant's civil_from_days.
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t dayOfEra = z - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t monthFromMarch = (5 * dayOfYear + 2) / 153;
    const auto day = static_cast<int>(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const auto month = static_cast<int>(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    const auto year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return Date(year, month, day);
}

std::string Date::toIso() const
{
    std::string out;
    appendPadded(out, m_year, 4);
    out += '-';
    appendPadded(out, m_month, 2);
    out += '-';
    appendPadded(out, m_day, 2);
    return out;
}

std::int64_t Date::daysSinceEpoch() const
{
    return daysFromCivil(m_year, m_month, m_day);
}

std::optional<Date> Date::addDays(std::int64_t days) const
{
    // Beyond this the result is outside years 1..9999 anyway; the guard keeps the sum from overflowing.
    constexpr std::int64_t maxSpan = 10'000LL * 366;
    if (days > maxSpan || days < -maxSpan)
        return std::nullopt;
    return fromDaysSinceEpoch(daysSinceEpoch() + days);
}

int Date::yearsBetween(Date from, Date to)
{
    if (to < from)
        return -yearsBetween(to, from);
    int years = to.m_year - from.m_year;
    if (to.m_month < from.m_month || (to.m_month == from.m_month && to.m_day < from.m_day))
        --years;
    return years;
}

} // namespace helder::core
