#pragma once
// An exact decimal number for money and counts: fixed point with six fractional digits on a 64-bit
// integer. Binary floating point would turn 0.1 + 0.2 into 0.30000000000000004 on a printed form.
// Range: about ±9.2 × 10^12; arithmetic that leaves it reports DecimalError::Overflow.

#include <compare>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

namespace helder::core {

enum class DecimalError { Overflow, DivisionByZero };

class Decimal {
public:
    static constexpr int fractionDigits = 6;
    static constexpr std::int64_t scale = 1'000'000;

    constexpr Decimal() = default;

    // Every int fits: 2^31 × 10^6 < 2^63.
    static constexpr Decimal fromInt(int value) { return Decimal(std::int64_t{value} * scale); }
    // The value is units × 10^-6.
    static constexpr Decimal fromUnits(std::int64_t units) { return Decimal(units); }
    static std::optional<Decimal> fromInt64(std::int64_t value);

    // "12", "-3.5", "1234.56": ASCII digits, an optional leading '-', '.' as the only separator,
    // at most six fractional digits that are not zero. Callers normalise locale input first.
    static std::optional<Decimal> parse(std::string_view text);

    [[nodiscard]] constexpr std::int64_t units() const { return m_units; }
    [[nodiscard]] constexpr bool isZero() const { return m_units == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_units < 0; }
    [[nodiscard]] constexpr bool isInteger() const { return m_units % scale == 0; }
    // The whole value when it is an integer, std::nullopt otherwise.
    [[nodiscard]] std::optional<std::int64_t> toInt64() const;

    // Classic locale, no trailing zeros beyond minFractionDigits: "1234.5", toString(2) → "1234.50".
    [[nodiscard]] std::string toString(int minFractionDigits = 0) const;
    // Exactly `digits` (0..6) fractional digits, rounded half to even: toFixed(2) → "1234.50".
    [[nodiscard]] std::string toFixed(int digits) const;

    [[nodiscard]] std::expected<Decimal, DecimalError> add(Decimal other) const;
    [[nodiscard]] std::expected<Decimal, DecimalError> subtract(Decimal other) const;
    [[nodiscard]] std::expected<Decimal, DecimalError> multiply(Decimal other) const;
    // Rounded half to even at six fractional digits.
    [[nodiscard]] std::expected<Decimal, DecimalError> divide(Decimal other) const;
    [[nodiscard]] std::expected<Decimal, DecimalError> negate() const;
    // Rounded half to even at `digits` (0..6) fractional digits.
    [[nodiscard]] std::expected<Decimal, DecimalError> round(int digits) const;

    friend constexpr auto operator<=>(const Decimal&, const Decimal&) = default;
    friend constexpr bool operator==(const Decimal&, const Decimal&) = default;

private:
    explicit constexpr Decimal(std::int64_t units) : m_units(units) {}

    std::int64_t m_units = 0;
};

} // namespace helder::core
