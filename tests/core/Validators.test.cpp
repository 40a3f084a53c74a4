#include "core/Digits.hpp"
#include "core/PostcodeTable.hpp"
#include "core/Validators.hpp"

#include "TestValues.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace helder::core;
using helder::test::dec;
using helder::test::iso;

namespace {

struct Valid {
    const char* input;
    const char* canonical;
};

struct Invalid {
    const char* input;
    const char* messageKey;
};

template <typename Validate>
void checkTable(Validate validate, const std::vector<Valid>& valid, const std::vector<Invalid>& invalid)
{
    for (const auto& row : valid) {
        CAPTURE(row.input);
        const auto result = validate(row.input);
        REQUIRE_MESSAGE(result.has_value(), result.error().messageKey);
        CHECK(*result == row.canonical);
    }
    for (const auto& row : invalid) {
        CAPTURE(row.input);
        const auto result = validate(row.input);
        REQUIRE_MESSAGE(!result.has_value(), *result);
        CHECK(result.error().messageKey == row.messageKey);
    }
}

} // namespace

TEST_CASE("normaliseDigits turns Arabic-Indic and Persian digits into ASCII")
{
    CHECK(normaliseDigits("\xD9\xA0\xD9\xA1\xD9\xA2\xD9\xA3\xD9\xA4\xD9\xA5\xD9\xA6\xD9\xA7\xD9\xA8\xD9\xA9") == "0123456789");
    CHECK(normaliseDigits("\xDB\xB0\xDB\xB1\xDB\xB2\xDB\xB3\xDB\xB4\xDB\xB5\xDB\xB6\xDB\xB7\xDB\xB8\xDB\xB9") == "0123456789");
    CHECK(normaliseDigits("\xD9\xA1\xD9\xA2\xD9\xAB\xD9\xA5") == "12.5"); // ١٢٫٥
    CHECK(normaliseDigits("rue 12, \xD8\xA8\xD8\xB1") == "rue 12, \xD8\xA8\xD8\xB1"); // Arabic letters stay
    CHECK(normaliseDigits("\xD9") == "\xD9");                                         // a truncated sequence stays
    CHECK(normaliseDigits("") == "");
}

TEST_CASE("validateNumber")
{
    checkTable([](std::string_view input) { return validateNumber(input); },
        {{"12", "12"}, {"-3.5", "-3.5"}, {"3,5", "3.5"}, {" 7 ", "7"}, {"0.250", "0.25"},
         {"\xDB\xB4\xDB\xB2", "42"}, {"\xD9\xA3\xD9\xAB\xD9\xA5", "3.5"}},
        {{"", "validation.number"}, {"abc", "validation.number"}, {"1.2.3", "validation.number"},
         {"1,2,3", "validation.number"}, {"1e5", "validation.number"}, {"12 kg", "validation.number"}});

    const NumberRules rules{dec("1"), dec("10")};
    CHECK(validateNumber("1", rules) == "1");
    CHECK(validateNumber("10", rules) == "10");
    const auto tooSmall = validateNumber("0.5", rules);
    REQUIRE_FALSE(tooSmall);
    CHECK(tooSmall.error() == ValidationProblem{"validation.number_min", {{"min", "1"}}});
    const auto tooLarge = validateNumber("11", rules);
    REQUIRE_FALSE(tooLarge);
    CHECK(tooLarge.error() == ValidationProblem{"validation.number_max", {{"max", "10"}}});
}

TEST_CASE("validateMoney accepts Belgian and plain notations")
{
    checkTable([](std::string_view input) { return validateMoney(input); },
        {{"12,50", "12.50"}, {"12.50", "12.50"}, {"1.234,50", "1234.50"}, {"1 234,50", "1234.50"},
         {"1\xC2\xA0" "234,5", "1234.50"}, {"1.234", "1234.00"}, {"1.234.567", "1234567.00"}, {"1,234.50", "1234.50"}, {"12.505", "12505.00"},
         {"12", "12.00"}, {"0", "0.00"}, {"12,5", "12.50"}, {"\xE2\x82\xAC 12,50", "12.50"}, {"12,50 \xE2\x82\xAC", "12.50"},
         {"\xD9\xA1\xD9\xA2\xD9\xAB\xD9\xA5", "12.50"}, {"-0", "0.00"}},
        {{"", "validation.money"}, {"abc", "validation.money"}, {"12,", "validation.money"},
         {"1.23.4", "validation.money"}, {"12,5,0", "validation.money"}, {"1 23", "validation.money"},
         {"12,345", "validation.money_decimals"}, {"0,001", "validation.money_decimals"},
         {"-12,50", "validation.money_negative"}, {"12,50 EUR", "validation.money"}, {"99999999999999", "validation.money"}});

    CHECK(validateMoney("-12,50", MoneyRules{.allowNegative = true}) == "-12.50");
    const auto tooMuch = validateMoney("2.000", MoneyRules{.max = dec("1500")});
    REQUIRE_FALSE(tooMuch);
    CHECK(tooMuch.error() == ValidationProblem{"validation.number_max", {{"max", "1500.00"}}});
}

TEST_CASE("validateDate")
{
    const Date today = iso("2026-11-23");
    checkTable([&](std::string_view input) { return validateDate(input, today); },
        {{"2026-11-23", "2026-11-23"}, {"23/11/2026", "2026-11-23"}, {"3/1/2026", "2026-01-03"},
         {"29/02/2024", "2024-02-29"}, {"23-11-2026", "2026-11-23"}, {"23.11.2026", "2026-11-23"},
         {"2030-01-01", "2030-01-01"}, {"\xD9\xA2\xD9\xA3/\xD9\xA1\xD9\xA1/\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA6", "2026-11-23"}},
        {{"", "validation.date"}, {"29/02/2026", "validation.date"}, {"31/04/2026", "validation.date"},
         {"2026-13-01", "validation.date"}, {"23/11/26", "validation.date"}, {"11/23/2026", "validation.date"},
         {"23/11-2026", "validation.date"}, {"yesterday", "validation.date"}, {"123/1/2026", "validation.date"}});

    CHECK(validateDate("23/11/2026", today, DateRules{.notInFuture = true}) == "2026-11-23");
    CHECK(validateDate("24/11/2026", today, DateRules{.notInFuture = true}).error().messageKey == "validation.date_future");
    const DateRules range{.min = iso("1900-01-01"), .max = iso("2026-12-31")};
    CHECK(validateDate("31/12/1899", today, range).error()
          == ValidationProblem{"validation.date_min", {{"min", "1900-01-01"}}});
    CHECK(validateDate("01/01/2027", today, range).error()
          == ValidationProblem{"validation.date_max", {{"max", "2026-12-31"}}});
    CHECK(validateDate("01/01/1900", today, range) == "1900-01-01");
}

// Check digits: 97 - (first nine digits mod 97); from 2000 on, over "2" and the nine digits.
TEST_CASE("validateNationalRegisterNumber")
{
    checkTable([](std::string_view input) { return validateNationalRegisterNumber(input); },
        {
            {"85.03.14-123.02", "85031412302"},   // born 1985
            {"85031412302", "85031412302"},
            {"85 03 14 123 02", "85031412302"},
            {"93.05.18-223.61", "93051822361"},
            {"05.07.21-456.67", "05072145667"},   // born 2005: check over 2050721456
            {"00.02.29-123.20", "00022912320"},   // 29 February 2000
            {"17.01.01-001.71", "17010100171"},
            {"85.23.14-123.45", "85231412345"},   // BIS, sex unknown: month + 20
            {"85.43.14-123.88", "85431412388"},   // BIS, sex known: month + 40
            {"85.00.00-123.13", "85000012313"},   // birth date unknown
            {"85.20.00-001.81", "85200000181"},   // BIS, birth date unknown
            {"85.40.00-998.97", "85400099897"},   // check 97 when the remainder is 0
            {"\xD9\xA8\xD9\xA5.\xD9\xA0\xD9\xA3.\xD9\xA1\xD9\xA4-\xD9\xA1\xD9\xA2\xD9\xA3.\xD9\xA0\xD9\xA2", "85031412302"},
            {"\xDB\xB8\xDB\xB5\xDB\xB0\xDB\xB3\xDB\xB1\xDB\xB4\xDB\xB1\xDB\xB2\xDB\xB3\xDB\xB0\xDB\xB2", "85031412302"},
        },
        {
            {"85.03.14-123.03", "validation.nrn_check"},
            {"05.07.21-456.39", "validation.nrn_check"},
            {"85.03.14-000.00", "validation.nrn_format"},
            {"85.03.14-999.00", "validation.nrn_format"},
            {"85.13.14-123.00", "validation.nrn_format"},
            {"85.33.14-123.00", "validation.nrn_format"},
            {"85.03.32-123.00", "validation.nrn_format"},
            {"85.00.14-123.00", "validation.nrn_format"},
            {"00.02.29-123.88", "validation.nrn_format"}, // the 1900 check: 29 February 1900 does not exist
            {"85.03.14-123.", "validation.nrn_format"},
            {"8503141230", "validation.nrn_format"},
            {"850314123022", "validation.nrn_format"},
            {"85O31412302", "validation.nrn_format"},
            {"", "validation.nrn_format"},
        });
    CHECK(formatNationalRegisterNumber("85031412302") == "85.03.14-123.02");
    CHECK(formatNationalRegisterNumber("123") == "123");
}

TEST_CASE("birthDateFromNationalRegisterNumber")
{
    CHECK(birthDateFromNationalRegisterNumber("85.03.14-123.02") == iso("1985-03-14"));
    CHECK(birthDateFromNationalRegisterNumber("05.07.21-456.67") == iso("2005-07-21"));
    CHECK(birthDateFromNationalRegisterNumber("85.43.14-123.88") == iso("1985-03-14"));
    CHECK_FALSE(birthDateFromNationalRegisterNumber("85.00.00-123.13"));
    CHECK_FALSE(birthDateFromNationalRegisterNumber("85.03.14-123.03"));
}

TEST_CASE("validateIban")
{
    checkTable([](std::string_view input) { return validateIban(input); },
        {
            {"BE71096123456769", "BE71 0961 2345 6769"},
            {"BE71 0961 2345 6769", "BE71 0961 2345 6769"},
            {"be68 5390 0754 7034", "BE68 5390 0754 7034"},
            {"NL91ABNA0417164300", "NL91 ABNA 0417 1643 00"},
            {"FR1420041010050500013M02606", "FR14 2004 1010 0505 0001 3M02 606"},
            {"DE89370400440532013000", "DE89 3704 0044 0532 0130 00"},
            {"GB29NWBK60161331926819", "GB29 NWBK 6016 1331 9268 19"},
            {"LU280019400644750000", "LU28 0019 4006 4475 0000"},
            {"NO9386011117947", "NO93 8601 1117 947"},
            {"CH9300762011623852957", "CH93 0076 2011 6238 5295 7"},
            {"BE71-0961-2345-6769", "BE71 0961 2345 6769"},
        },
        {
            {"BE71096123456768", "validation.iban_check"},   // one digit off
            {"BE17096123456769", "validation.iban_check"},   // check digits swapped
            {"BE98096123456768", "validation.iban_check"},   // ISO check right, Belgian national check wrong
            {"BE7109612345676", "validation.iban_format"},   // too short for BE
            {"BE710961234567690", "validation.iban_format"}, // too long for BE
            {"NL91ABNA041716430", "validation.iban_format"},
            {"XX71096123456769", "validation.iban_format"},  // no such country
            {"BE7A096123456769", "validation.iban_format"},
            {"BE71 0961 2345 676!", "validation.iban_format"},
            {"", "validation.iban_format"},
        });
}

TEST_CASE("validatePostcode with and without a table")
{
    checkTable([](std::string_view input) { return validatePostcode(input); },
        {{"1000", "1000"}, {" 9992 ", "9992"}, {"\xD9\xA1\xD9\xA0\xD9\xA0\xD9\xA0", "1000"}},
        {{"0999", "validation.postcode_format"}, {"9993", "validation.postcode_format"},
         {"100", "validation.postcode_format"}, {"10000", "validation.postcode_format"},
         {"1O00", "validation.postcode_format"}, {"", "validation.postcode_format"}});

    const auto table = PostcodeTable::parseCsv("postcode,place\n1000,Bruxelles\n1000,Brussel\n9000,Gent\n");
    REQUIRE(table);
    CHECK(validatePostcode("9000", &*table) == "9000");
    CHECK(validatePostcode("9001", &*table).error().messageKey == "validation.postcode_unknown");
    CHECK(validatePostcode("0999", &*table).error().messageKey == "validation.postcode_format");
}

TEST_CASE("PostcodeTable reads the operator's CSV")
{
    const auto table = PostcodeTable::parseCsv(
        "\xEF\xBB\xBFpostcode,place\r\n"
        "1000,Bruxelles\r\n"
        "1000,Brussel\r\n"
        "\r\n"
        "1000,Brussel\r\n"
        "4000,\"Li\xC3\xA8ge\"\r\n"
        "\"6700\",\"Arlon, \"\"Aarlen\"\"\"\r\n"
        "9000 , Gent ");
    REQUIRE_MESSAGE(table, table.error().message);
    CHECK(table->size() == 4);
    const auto brussels = table->places("1000");
    REQUIRE(brussels.size() == 2);
    CHECK(brussels[0] == "Bruxelles");
    CHECK(brussels[1] == "Brussel");
    REQUIRE(table->places("4000").size() == 1);
    CHECK(table->places("4000")[0] == "Li\xC3\xA8ge");
    CHECK(table->places("6700")[0] == "Arlon, \"Aarlen\"");
    CHECK(table->places("9000")[0] == "Gent");
    CHECK(table->places("1234").empty());
    CHECK(table->contains("9000"));
    CHECK_FALSE(table->contains("9001"));

    const auto semicolons = PostcodeTable::parseCsv("postcode;place\n1000;Bruxelles, ville\n");
    REQUIRE(semicolons);
    CHECK(semicolons->places("1000")[0] == "Bruxelles, ville");
}

TEST_CASE("PostcodeTable reports the line of a problem")
{
    struct Row {
        const char* text;
        int line;
        const char* messagePart;
    };
    const Row rows[] = {
        {"", 1, "empty"},
        {"postcode,place\n", 1, "no postcodes"},
        {"1000,Bruxelles\n", 1, "header"},
        {"postcode,place\n1000,Bruxelles\n123,Nowhere\n", 3, "'123'"},
        {"postcode,place\n1000,Bruxelles\n1000\n", 3, "two columns"},
        {"postcode,place\n1000,\n", 2, "no place"},
        {"postcode,place\n1000,\"Bruxelles\n2000,Antwerpen\n", 2, "not closed"},
        {"postcode,place\n1000,Brux\"elles\n", 2, "quote"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text);
        const auto table = PostcodeTable::parseCsv(row.text, "postcodes.csv");
        REQUIRE_FALSE(table);
        CHECK(table.error().code == "postcode-csv");
        CHECK(table.error().file == "postcodes.csv");
        CHECK(table.error().position.line == row.line);
        CHECK_MESSAGE(table.error().message.find(row.messagePart) != std::string::npos, table.error().message);
    }
}

TEST_CASE("validatePhone")
{
    checkTable([](std::string_view input) { return validatePhone(input); },
        {
            {"0470 12 34 56", "+32470123456"},
            {"0470/12.34.56", "+32470123456"},
            {"02 123 45 67", "+3221234567"},
            {"04 123 45 67", "+3241234567"}, // a Li\xC3\xA8ge landline
            {"0032 470 12 34 56", "+32470123456"},
            {"+32 470 12 34 56", "+32470123456"},
            {"+32 (0)2 123 45 67", "+3221234567"},
            {"+33 1 23 45 67 89", "+33123456789"},
            {"0031 20 123 4567", "+31201234567"},
            {"\xD9\xA0\xD9\xA4\xD9\xA7\xD9\xA0\xD9\xA1\xD9\xA2\xD9\xA3\xD9\xA4\xD9\xA5\xD9\xA6", "+32470123456"},
        },
        {
            {"0470 12 34 5", "validation.phone"},    // 8 digits after 0 but a mobile prefix needs 9
            {"0270 12 34 567", "validation.phone"},  // 9 digits must start with 4
            {"02 123 45 6", "validation.phone"},
            {"470 12 34 56", "validation.phone"},    // no trunk 0 and no country code
            {"+32 470 12 34 5", "validation.phone"},
            {"+1 234", "validation.phone"},
            {"+1234567890123456", "validation.phone"}, // 16 digits
            {"00 0123 4567", "validation.phone"},
            {"0470 12 34 5a", "validation.phone"},
            {"", "validation.phone"},
        });
}

TEST_CASE("validateEmail")
{
    checkTable([](std::string_view input) { return validateEmail(input); },
        {
            {"jan.peeters@example.be", "jan.peeters@example.be"},
            {" fatima+cpas@mail.example.org ", "fatima+cpas@mail.example.org"},
            {"o'brien@example.co.uk", "o'brien@example.co.uk"},
            {"user@xn--bcher-kva.example", "user@xn--bcher-kva.example"},
            {"user@b\xC3\xBC" "cher.example", "user@b\xC3\xBC" "cher.example"},
        },
        {
            {"", "validation.email"},
            {"jan.peeters", "validation.email"},
            {"jan@@example.be", "validation.email"},
            {"jan@exa@mple.be", "validation.email"},
            {"@example.be", "validation.email"},
            {"jan@example", "validation.email"},
            {"jan@.example.be", "validation.email"},
            {"jan@example..be", "validation.email"},
            {"jan@-example.be", "validation.email"},
            {"jan@example.b", "validation.email"},
            {"jan@1.2.3.4", "validation.email"},
            {"jan peeters@example.be", "validation.email"},
            {".jan@example.be", "validation.email"},
            {"jan..p@example.be", "validation.email"},
            {"jan,p@example.be", "validation.email"},
            {"jan@exa_mple.be", "validation.email"},
            {"jan@b\xC3.example", "validation.email"},
        });
    const std::string tooLong = std::string(64, 'a') + "@" + std::string(186, 'b') + ".be"; // 255 bytes
    CHECK(validateEmail(tooLong).error().messageKey == "validation.email");
    const std::string longest = std::string(64, 'a') + "@" + std::string(60, 'b') + "." + std::string(60, 'c') + "."
        + std::string(60, 'd') + "." + std::string(6, 'e'); // 254 bytes
    CHECK(validateEmail(longest) == longest);
}

TEST_CASE("Latin-only text")
{
    for (const char* latin : {"Peeters", "Jean-Luc O'Brien", "Fran\xC3\xA7oise M\xC3\xBCller", "\xC5\x81\xC3\xB3" "d\xC5\xBA",
                              "Nguy\xE1\xBB\x85n", "\xC8\x98tefan", "Rue de la Loi 16/2, 1000 Bruxelles",
                              "e\xCC\x81", "O\xE2\x80\x99Neil", "St. Pieter", ""}) {
        CAPTURE(latin);
        CHECK(isLatinText(latin));
    }
    for (const char* other : {"\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF", "\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0",
                              "\xE1\x88\xA0\xE1\x88\x8B\xE1\x88\x9D", "a@b", "Jan (Peeters)", "x\xC3\x97y",
                              "\xF0\x9F\x98\x80", "line\nbreak", "\xC3"}) {
        CAPTURE(other);
        CHECK_FALSE(isLatinText(other));
    }
}

TEST_CASE("validateText")
{
    CHECK(validateText("  Peeters  ") == "Peeters");
    CHECK(validateText("\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF") == "\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF");
    CHECK(validateText("\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF", TextRules{.latinOnly = true}).error().messageKey
          == "validation.latin_only");
    // Length counts characters, not bytes: "Fran\xC3\xA7ois" is 8 characters in 9 bytes.
    CHECK(validateText("Fran\xC3\xA7ois", TextRules{.maxLength = 8}) == "Fran\xC3\xA7ois");
    CHECK(validateText("Fran\xC3\xA7ois", TextRules{.maxLength = 7}).error()
          == ValidationProblem{"validation.too_long", {{"max", "7"}}});
    CHECK(validateText("rue \xD9\xA1\xD9\xA2", TextRules{.latinOnly = true}) == "rue 12");
}
