#include "core/ValidationSupport.hpp"

#include <algorithm>

namespace helder::core {
namespace {

constexpr std::string_view euroSign = "\xE2\x82\xAC";
constexpr std::string_view noBreakSpace = "\xC2\xA0";
constexpr std::string_view narrowNoBreakSpace = "\xE2\x80\xAF";

void replaceAll(std::string& text, std::string_view from, std::string_view to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// "1.234.567" or "1 234" → "1234567": groups after the first have exactly three digits.
std::optional<std::string> joinThousands(std::string_view text, char separator)
{
    std::string digits;
    std::size_t groupLength = 0;
    bool firstGroup = true;
    for (const char c : text) {
        if (c == separator || c == ' ') {
            if (groupLength == 0 || groupLength > 3 || (!firstGroup && groupLength != 3))
                return std::nullopt;
            firstGroup = false;
            groupLength = 0;
        } else if (c >= '0' && c <= '9') {
            digits += c;
            ++groupLength;
        } else {
            return std::nullopt;
        }
    }
    if (groupLength == 0 || (!firstGroup && groupLength != 3))
        return std::nullopt;
    return digits;
}

} // namespace

ValidationResult validateMoney(std::string_view input, const MoneyRules& rules)
{
    std::string text = prepareInput(input);
    replaceAll(text, noBreakSpace, " ");
    replaceAll(text, narrowNoBreakSpace, " ");
    replaceAll(text, euroSign, " ");
    text = prepareInput(text);

    const bool negative = !text.empty() && text.front() == '-';
    if (negative)
        text = prepareInput(text.substr(1));

    // The decimal separator: the later of ',' and '.' when both appear; a lone ',' always (Belgian
    // usage); a lone '.' unless exactly three digits follow it ("1.234" is a thousand and more).
    const auto commas = std::count(text.begin(), text.end(), ',');
    const auto dots = std::count(text.begin(), text.end(), '.');
    char decimalSeparator = '\0';
    if (commas > 0 && dots > 0)
        decimalSeparator = text.rfind(',') > text.rfind('.') ? ',' : '.';
    else if (commas > 0)
        decimalSeparator = ',';
    else if (dots == 1 && text.size() - text.rfind('.') - 1 != 3)
        decimalSeparator = '.';
    const char thousandsSeparator = decimalSeparator == '.' ? ',' : '.';

    std::string_view wholePart = text;
    std::string_view fraction;
    if (decimalSeparator != '\0') {
        if (std::count(text.begin(), text.end(), decimalSeparator) != 1)
            return problem("validation.money");
        const auto at = text.find(decimalSeparator);
        wholePart = std::string_view(text).substr(0, at);
        fraction = std::string_view(text).substr(at + 1);
        if (!isAsciiDigits(fraction))
            return problem("validation.money");
    }
    const auto whole = joinThousands(wholePart, thousandsSeparator);
    if (!whole)
        return problem("validation.money");
    if (fraction.size() > 2)
        return problem("validation.money_decimals");

    auto amount = Decimal::parse(*whole + (fraction.empty() ? "" : "." + std::string(fraction)));
    if (!amount)
        return problem("validation.money");
    if (negative)
        amount = *amount->negate(); // negating a parsed non-negative value cannot overflow
    if (amount->isNegative() && !rules.allowNegative)
        return problem("validation.money_negative");
    if (rules.min && *amount < *rules.min)
        return problem("validation.number_min", {{"min", rules.min->toFixed(2)}});
    if (rules.max && *amount > *rules.max)
        return problem("validation.number_max", {{"max", rules.max->toFixed(2)}});
    return amount->toFixed(2);
}

} // namespace helder::core
