#include "core/Decimal.hpp"

#include "TestValues.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

using helder::core::Decimal;
using helder::core::DecimalError;
using helder::test::dec;

TEST_CASE("Decimal parses plain decimal numbers")
{
    struct Row {
        const char* input;
        std::int64_t units;
    };
    const Row rows[] = {
        {"12", 12'000'000}, {"-3.5", -3'500'000}, {"1234.56", 1'234'560'000}, {"0", 0},
        {"0.000001", 1}, {"007", 7'000'000}, {"1.5000000", 1'500'000}, {"-0", 0},
    };
    for (const auto& row : rows) {
        CAPTURE(row.input);
        const auto parsed = Decimal::parse(row.input);
        REQUIRE(parsed);
        CHECK(parsed->units() == row.units);
    }
}

TEST_CASE("Decimal rejects what is not a plain decimal number")
{
    for (const char* input : {"", "-", ".5", "5.", "1,5", "1e3", " 1", "1 ", "+1", "--1", "1.2.3", "0.0000001",
                              "99999999999999", "abc", "١٢"}) {
        CAPTURE(input);
        CHECK_FALSE(Decimal::parse(input));
    }
}

TEST_CASE("Decimal prints in the classic locale")
{
    CHECK(dec("1234.5").toString() == "1234.5");
    CHECK(dec("1234.5").toString(2) == "1234.50");
    CHECK(dec("12").toString() == "12");
    CHECK(dec("-0.25").toString() == "-0.25");
    CHECK(dec("1234.5").toFixed(2) == "1234.50");
    CHECK(dec("1234").toFixed(0) == "1234");
    CHECK(dec("0.000001").toString() == "0.000001");
}

TEST_CASE("Decimal rounds half to even")
{
    CHECK(dec("0.125").toFixed(2) == "0.12");
    CHECK(dec("0.135").toFixed(2) == "0.14");
    CHECK(dec("0.1251").toFixed(2) == "0.13");
    CHECK(dec("-0.125").toFixed(2) == "-0.12");
    CHECK(dec("-0.135").toFixed(2) == "-0.14");
    CHECK(dec("2.5").toFixed(0) == "2");
    CHECK(dec("3.5").toFixed(0) == "4");
    CHECK(dec("-0.004").toFixed(2) == "0.00");
    CHECK(*dec("2.675").round(2) == dec("2.68"));
}

TEST_CASE("Decimal arithmetic is exact")
{
    CHECK(*dec("0.1").add(dec("0.2")) == dec("0.3"));
    CHECK(*dec("1").subtract(dec("1.000001")) == dec("-0.000001"));
    CHECK(*dec("1.5").multiply(dec("-2")) == dec("-3"));
    CHECK(*dec("0.001").multiply(dec("0.0005")) == dec("0")); // 0.0000005 rounds half to even
    CHECK(*dec("0.001").multiply(dec("0.0015")) == dec("0.000002"));
    CHECK(*dec("100").divide(dec("3")) == dec("33.333333"));
    CHECK(*dec("2").divide(dec("3")) == dec("0.666667"));
    CHECK(*dec("-2").divide(dec("3")) == dec("-0.666667"));
    CHECK(*dec("1").divide(dec("8")) == dec("0.125"));
    CHECK(*dec("0.000001").divide(dec("2")) == dec("0")); // half, to even
    CHECK(*dec("0.000003").divide(dec("2")) == dec("0.000002"));
}

TEST_CASE("Decimal reports overflow and division by zero")
{
    const Decimal largest = Decimal::fromUnits(std::numeric_limits<std::int64_t>::max());
    const Decimal smallest = Decimal::fromUnits(std::numeric_limits<std::int64_t>::min());
    CHECK(largest.add(Decimal::fromUnits(1)).error() == DecimalError::Overflow);
    CHECK(smallest.subtract(Decimal::fromUnits(1)).error() == DecimalError::Overflow);
    CHECK(largest.multiply(Decimal::fromInt(2)).error() == DecimalError::Overflow);
    CHECK(smallest.negate().error() == DecimalError::Overflow);
    CHECK(dec("1").divide(Decimal()).error() == DecimalError::DivisionByZero);
    CHECK(largest.divide(dec("0.1")).error() == DecimalError::Overflow);
    CHECK_FALSE(Decimal::fromInt64(std::numeric_limits<std::int64_t>::max()));
    CHECK(largest.toFixed(0) == "9223372036855"); // rounded up beyond the range, still printed
}

TEST_CASE("Decimal integers")
{
    CHECK(Decimal::fromInt(-7) == dec("-7"));
    CHECK(*Decimal::fromInt64(5'000'000'000) == dec("5000000000"));
    CHECK(dec("12").isInteger());
    CHECK_FALSE(dec("12.5").isInteger());
    CHECK(dec("-12").toInt64() == -12);
    CHECK_FALSE(dec("12.5").toInt64());
}

TEST_CASE("Decimal comparisons")
{
    CHECK(dec("1.5") < dec("2"));
    CHECK(dec("-1") < dec("0.5"));
    CHECK(dec("2.50") == dec("2.5"));
    CHECK(dec("3") > dec("2.999999"));
}
