#pragma once
// Validation of what a visitor typed. Each validator normalises Arabic-Indic and Persian digits,
// trims surrounding white space and returns the canonical form or a problem whose message key the
// interface catalog translates (args fill its placeholders).

#include "core/Date.hpp"
#include "core/Decimal.hpp"
#include "core/PostcodeTable.hpp"

#include <cstddef>
#include <expected>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace helder::core {

struct ValidationProblem {
    std::string messageKey;                  // "validation.iban_check"
    std::map<std::string, std::string> args; // {"max": "35"}
    friend bool operator==(const ValidationProblem&, const ValidationProblem&) = default;
};

using ValidationResult = std::expected<std::string, ValidationProblem>;

// Integer or decimal, '.' or ',' as decimal separator → "12.5".
// validation.number; validation.number_min / number_max with arg min / max.
struct NumberRules {
    std::optional<Decimal> min{};
    std::optional<Decimal> max{};
};
ValidationResult validateNumber(std::string_view input, const NumberRules& rules = {});

// "12,50", "12.50", "1.234,50", "1 234,50", "€ 12" → "1234.50". The last ',' or '.' followed by one
// or two digits is the decimal separator; '.' and spaces between groups of three digits are thousands
// separators. validation.money, validation.money_decimals (more than 2), validation.money_negative,
// validation.number_min / number_max.
struct MoneyRules {
    bool allowNegative = false;
    std::optional<Decimal> min{};
    std::optional<Decimal> max{};
};
ValidationResult validateMoney(std::string_view input, const MoneyRules& rules = {});

// "2026-11-23" or "23/11/2026" (also "23-11-2026", "23.11.2026", one-digit day and month) → ISO.
// validation.date, validation.date_future, validation.date_min / date_max (args min / max, ISO).
struct DateRules {
    bool notInFuture = false;
    std::optional<Date> min{};
    std::optional<Date> max{};
};
ValidationResult validateDate(std::string_view input, Date today, const DateRules& rules = {});

// Belgian national register number or BIS number, with or without dots, dashes and spaces
// → 11 plain digits. validation.nrn_format, validation.nrn_check.
ValidationResult validateNationalRegisterNumber(std::string_view input);
// 11 digits → "YY.MM.DD-XXX.CC"; any other input is returned unchanged.
std::string formatNationalRegisterNumber(std::string_view elevenDigits);
// The birth date a valid number encodes; std::nullopt when it is invalid or the day or month is
// unknown (00).
std::optional<Date> birthDateFromNationalRegisterNumber(std::string_view input);

// ISO 13616 IBAN, any registered country; Belgian IBANs also pass the national check
// → groups of four: "BE71 0961 2345 6769". validation.iban_format, validation.iban_check.
ValidationResult validateIban(std::string_view input);

// Four digits 1000–9992 → "1000". With a table, a code absent from it is validation.postcode_unknown.
// validation.postcode_format.
ValidationResult validatePostcode(std::string_view input, const PostcodeTable* table = nullptr);

// Belgian numbers ("0470 12 34 56", "02 123 45 67", "+32 470 ...", "0032 ...", "+32 (0)2 ..."): after
// the trunk 0, 9 digits for a mobile (046–049) or 8 for any other number; foreign numbers: "+" or "00",
// then 8–15 digits. Spaces, dots, dashes, slashes and parentheses are ignored.
// → E.164 "+32470123456". validation.phone.
ValidationResult validatePhone(std::string_view input);

// Pragmatic: one '@', a local part, a domain with a dot, no spaces, at most 254 bytes; UTF-8
// (international domain names) allowed. → as typed, trimmed. validation.email.
ValidationResult validateEmail(std::string_view input);

// Latin script only: letters of Latin script (with accents, Latin Extended), combining diacritics,
// digits, space, apostrophe (' and ’), hyphen, dot, comma, slash.
bool isLatinText(std::string_view utf8);

// Free text → trimmed. validation.too_long (arg max, counted in code points), validation.latin_only.
struct TextRules {
    std::optional<std::size_t> maxLength{};
    bool latinOnly = false;
};
ValidationResult validateText(std::string_view input, const TextRules& rules = {});

} // namespace helder::core
