#include "core/ValidationSupport.hpp"

namespace helder::core {
namespace {

// YYMMDD SSS CC. The month is +20 in a BIS number whose holder's sex was unknown when it was issued,
// +40 when known; day and month are 00 when the birth date is (partly) unknown.
struct NationalNumberParts {
    int year = 0;  // two digits
    int month = 0; // 0 when unknown
    int day = 0;   // 0 when unknown
    int century = 1900;
};

int digitsValue(std::string_view digits)
{
    int value = 0;
    for (const char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

struct Decoded {
    std::optional<NationalNumberParts> parts;
    const char* problemKey = nullptr;
};

Decoded decode(std::string_view input)
{
    const std::string digits = removeCharacters(prepareInput(input), " .-/");
    if (digits.size() != 11 || !isAsciiDigits(digits))
        return {std::nullopt, "validation.nrn_format"};

    NationalNumberParts parts;
    parts.year = digitsValue(digits.substr(0, 2));
    const int encodedMonth = digitsValue(digits.substr(2, 2));
    parts.day = digitsValue(digits.substr(4, 2));
    const int serial = digitsValue(digits.substr(6, 3));
    const int check = digitsValue(digits.substr(9, 2));

    parts.month = encodedMonth >= 40 ? encodedMonth - 40 : (encodedMonth >= 20 ? encodedMonth - 20 : encodedMonth);
    const bool monthInRange = parts.month <= 12 && (encodedMonth < 13 || (encodedMonth >= 20 && encodedMonth <= 32)
                                                    || (encodedMonth >= 40 && encodedMonth <= 52));
    if (!monthInRange || parts.day > 31 || (parts.month == 0 && parts.day != 0) || serial == 0 || serial == 999)
        return {std::nullopt, "validation.nrn_format"};

    // Holders born from 2000 on have their check computed over "2" followed by the first nine digits.
    const long long firstNine = std::stoll(digits.substr(0, 9));
    if (check == 97 - static_cast<int>(firstNine % 97))
        parts.century = 1900;
    else if (check == 97 - static_cast<int>((2'000'000'000LL + firstNine) % 97))
        parts.century = 2000;
    else
        return {std::nullopt, "validation.nrn_check"};

    if (parts.month != 0 && parts.day != 0 && !Date::isValid(parts.century + parts.year, parts.month, parts.day))
        return {std::nullopt, "validation.nrn_format"};
    return {parts, nullptr};
}

} // namespace

ValidationResult validateNationalRegisterNumber(std::string_view input)
{
    const Decoded decoded = decode(input);
    if (!decoded.parts)
        return problem(decoded.problemKey);
    return removeCharacters(prepareInput(input), " .-/");
}

std::string formatNationalRegisterNumber(std::string_view elevenDigits)
{
    if (elevenDigits.size() != 11 || !isAsciiDigits(elevenDigits))
        return std::string(elevenDigits);
    const std::string d(elevenDigits);
    return d.substr(0, 2) + "." + d.substr(2, 2) + "." + d.substr(4, 2) + "-" + d.substr(6, 3) + "." + d.substr(9, 2);
}

std::optional<Date> birthDateFromNationalRegisterNumber(std::string_view input)
{
    const Decoded decoded = decode(input);
    if (!decoded.parts)
        return std::nullopt;
    return Date::fromYmd(decoded.parts->century + decoded.parts->year, decoded.parts->month, decoded.parts->day);
}

} // namespace helder::core
