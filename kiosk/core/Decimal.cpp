#include "core/Decimal.hpp"

#include <limits>

namespace helder::core {
namespace {

// Products and quotients of two 64-bit unit counts need 128 bits before rounding back.
__extension__ typedef __int128 Wide;

constexpr Wide wideMax = std::numeric_limits<std::int64_t>::max();
constexpr Wide wideMin = std::numeric_limits<std::int64_t>::min();

Wide powerOfTen(int exponent)
{
    Wide result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// numerator / denominator rounded half to even; denominator is not zero.
Wide divideHalfEven(Wide numerator, Wide denominator)
{
    Wide quotient = numerator / denominator;
    const Wide remainder = numerator % denominator;
    if (remainder == 0)
        return quotient;
    const bool negative = (numerator < 0) != (denominator < 0);
    const Wide twiceRemainder = 2 * (remainder < 0 ? -remainder : remainder);
    const Wide magnitude = denominator < 0 ? -denominator : denominator;
    if (twiceRemainder > magnitude || (twiceRemainder == magnitude && quotient % 2 != 0))
        quotient += negative ? -1 : 1;
    return quotient;
}

std::expected<Decimal, DecimalError> narrow(Wide units)
{
    if (units > wideMax || units < wideMin)
        return std::unexpected(DecimalError::Overflow);
    return Decimal::fromUnits(static_cast<std::int64_t>(units));
}

// `units` scaled by 10^6, printed with between minDigits and 6 fractional digits.
std::string formatUnits(Wide units, int minDigits)
{
    const bool negative = units < 0;
    const Wide magnitude = negative ? -units : units;
    Wide whole = magnitude / Decimal::scale;
    Wide fraction = magnitude % Decimal::scale;

    std::string wholeDigits;
    do {
        wholeDigits.insert(wholeDigits.begin(), static_cast<char>('0' + static_cast<int>(whole % 10)));
        whole /= 10;
    } while (whole != 0);

    std::string fractionDigits(Decimal::fractionDigits, '0');
    for (int i = Decimal::fractionDigits - 1; i >= 0; --i) {
        fractionDigits[static_cast<std::size_t>(i)] = static_cast<char>('0' + static_cast<int>(fraction % 10));
        fraction /= 10;
    }
    while (fractionDigits.size() > static_cast<std::size_t>(minDigits) && fractionDigits.back() == '0')
        fractionDigits.pop_back();

    std::string result = negative && magnitude != 0 ? "-" : "";
    result += wholeDigits;
    if (!fractionDigits.empty())
        result += "." + fractionDigits;
    return result;
}

int clampDigits(int digits)
{
    return digits < 0 ? 0 : (digits > Decimal::fractionDigits ? Decimal::fractionDigits : digits);
}

Wide roundUnits(Wide units, int digits)
{
    const Wide step = powerOfTen(Decimal::fractionDigits - clampDigits(digits));
    return divideHalfEven(units, step) * step;
}

} // namespace

std::optional<Decimal> Decimal::fromInt64(std::int64_t value)
{
    const auto result = narrow(Wide{value} * scale);
    return result ? std::optional<Decimal>(*result) : std::nullopt;
}

std::optional<Decimal> Decimal::parse(std::string_view text)
{
    std::size_t position = 0;
    const bool negative = !text.empty() && text.front() == '-';
    if (negative)
        ++position;

    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    Wide whole = 0;
    const std::size_t wholeStart = position;
    for (; position < text.size() && isDigit(text[position]); ++position) {
        whole = whole * 10 + (text[position] - '0');
        if (whole > wideMax / scale + 1)
            return std::nullopt;
    }
    if (position == wholeStart)
        return std::nullopt;

    Wide fraction = 0;
    if (position < text.size() && text[position] == '.') {
        ++position;
        const std::size_t fractionStart = position;
        int digits = 0;
        for (; position < text.size() && isDigit(text[position]); ++position, ++digits) {
            if (digits < fractionDigits)
                fraction = fraction * 10 + (text[position] - '0');
            else if (text[position] != '0')
                return std::nullopt; // more precision than a Decimal holds
        }
        if (position == fractionStart)
            return std::nullopt;
        for (; digits < fractionDigits; ++digits)
            fraction *= 10;
    }
    if (position != text.size())
        return std::nullopt;

    const Wide units = whole * scale + fraction;
    const auto result = narrow(negative ? -units : units);
    return result ? std::optional<Decimal>(*result) : std::nullopt;
}

std::optional<std::int64_t> Decimal::toInt64() const
{
    if (!isInteger())
        return std::nullopt;
    return m_units / scale;
}

std::string Decimal::toString(int minFractionDigits) const
{
    return formatUnits(m_units, clampDigits(minFractionDigits));
}

std::string Decimal::toFixed(int digits) const
{
    // Rounded in 128 bits, so rounding the largest value up still prints.
    return formatUnits(roundUnits(m_units, digits), clampDigits(digits));
}

std::expected<Decimal, DecimalError> Decimal::add(Decimal other) const
{
    return narrow(Wide{m_units} + other.m_units);
}

std::expected<Decimal, DecimalError> Decimal::subtract(Decimal other) const
{
    return narrow(Wide{m_units} - other.m_units);
}

std::expected<Decimal, DecimalError> Decimal::multiply(Decimal other) const
{
    return narrow(divideHalfEven(Wide{m_units} * other.m_units, scale));
}

std::expected<Decimal, DecimalError> Decimal::divide(Decimal other) const
{
    if (other.m_units == 0)
        return std::unexpected(DecimalError::DivisionByZero);
    return narrow(divideHalfEven(Wide{m_units} * scale, other.m_units));
}

std::expected<Decimal, DecimalError> Decimal::negate() const
{
    return narrow(-Wide{m_units});
}

std::expected<Decimal, DecimalError> Decimal::round(int digits) const
{
    return narrow(roundUnits(m_units, digits));
}

} // namespace helder::core
