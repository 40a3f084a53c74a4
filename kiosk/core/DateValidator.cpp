#include "core/ValidationSupport.hpp"

namespace helder::core {
namespace {

bool toInt(std::string_view digits, int& out)
{
    if (!isAsciiDigits(digits))
        return false;
    out = 0;
    for (const char c : digits)
        out = out * 10 + (c - '0');
    return true;
}

// "23/11/2026", "3/1/2026", "23-11-2026", "23.11.2026".
std::optional<Date> parseDayMonthYear(std::string_view text)
{
    const auto first = text.find_first_of("/-.");
    if (first == std::string_view::npos)
        return std::nullopt;
    const char separator = text[first];
    const auto second = text.find(separator, first + 1);
    if (second == std::string_view::npos)
        return std::nullopt;
    const auto dayText = text.substr(0, first);
    const auto monthText = text.substr(first + 1, second - first - 1);
    const auto yearText = text.substr(second + 1);
    int day = 0;
    int month = 0;
    int year = 0;
    if (dayText.size() > 2 || monthText.size() > 2 || yearText.size() != 4 || !toInt(dayText, day)
        || !toInt(monthText, month) || !toInt(yearText, year))
        return std::nullopt;
    return Date::fromYmd(year, month, day);
}

} // namespace

ValidationResult validateDate(std::string_view input, Date today, const DateRules& rules)
{
    const std::string text = prepareInput(input);
    auto date = Date::parseIso(text);
    if (!date)
        date = parseDayMonthYear(text);
    if (!date)
        return problem("validation.date");
    if (rules.notInFuture && *date > today)
        return problem("validation.date_future");
    if (rules.min && *date < *rules.min)
        return problem("validation.date_min", {{"min", rules.min->toIso()}});
    if (rules.max && *date > *rules.max)
        return problem("validation.date_max", {{"max", rules.max->toIso()}});
    return date->toIso();
}

} // namespace helder::core
