#include "i18n/PaperFormat.hpp"

#include <string_view>

namespace helder::i18n {

namespace {

std::string padded(int value, std::size_t width)
{
    std::string digits = std::to_string(value);
    if (digits.size() < width)
        digits.insert(0, width - digits.size(), '0');
    return digits;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

std::expected<std::string, std::string> formatDateForPaper(core::Date date, std::string_view pattern)
{
    std::string out;
    std::size_t i = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c == '\'') {
            if (i + 1 < pattern.size() && pattern[i + 1] == '\'') {
                out += '\'';
                i += 2;
                continue;
            }
            const std::size_t close = pattern.find('\'', i + 1);
            if (close == std::string_view::npos)
                return std::unexpected("the quote at position " + std::to_string(i + 1) + " of \"" +
                                       std::string(pattern) + "\" is not closed");
            out.append(pattern.substr(i + 1, close - i - 1));
            i = close + 1;
            continue;
        }
        if (!isAsciiLetter(c)) {
            out += c;
            ++i;
            continue;
        }
        std::size_t run = 1;
        while (i + run < pattern.size() && pattern[i + run] == c)
            ++run;
        const std::string_view token = pattern.substr(i, run);
        if (token == "d")
            out += std::to_string(date.day());
        else if (token == "dd")
            out += padded(date.day(), 2);
        else if (token == "M")
            out += std::to_string(date.month());
        else if (token == "MM")
            out += padded(date.month(), 2);
        else if (token == "yy")
            out += padded(date.year() % 100, 2);
        else if (token == "yyyy")
            out += padded(date.year(), 4);
        else
            return std::unexpected("\"" + std::string(token) + "\" in the date format \"" + std::string(pattern) +
                                   "\" is not one of d, dd, M, MM, yy, yyyy");
        i += run;
    }
    return out;
}

std::optional<std::string> formatTimeForPaper(int hour, int minute)
{
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    return padded(hour, 2) + ":" + padded(minute, 2);
}

std::string formatDecimalForPaper(core::Decimal value, const PaperNumberStyle& style)
{
    const int digits = style.fractionDigits < 0 ? 0 : (style.fractionDigits > 6 ? 6 : style.fractionDigits);
    const std::string fixed = value.toFixed(digits); // "-1234.50"
    std::string_view rest = fixed;
    std::string out;
    if (!rest.empty() && rest.front() == '-') {
        out += '-';
        rest.remove_prefix(1);
    }
    const std::size_t point = rest.find('.');
    const std::string_view whole = rest.substr(0, point);
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            out += style.groupSeparator;
        out += whole[i];
    }
    if (point != std::string_view::npos) {
        out += style.decimalSeparator;
        out.append(rest.substr(point + 1));
    }
    return out;
}

std::string formatMoneyForPaper(core::Decimal value)
{
    return formatDecimalForPaper(value, PaperNumberStyle{});
}

} // namespace helder::i18n
