#include "core/ValidationSupport.hpp"

namespace helder::core {
namespace {

constexpr std::string_view belgiumCallingCode = "32";

// The digits after the trunk 0: 9 for a mobile (046–049), 8 for any other number.
bool isBelgianNationalNumber(std::string_view digits)
{
    const bool mobilePrefix = digits.size() >= 2 && digits[0] == '4' && digits[1] >= '6';
    return (digits.size() == 8 && digits.front() != '0' && !mobilePrefix) || (digits.size() == 9 && mobilePrefix);
}

} // namespace

ValidationResult validatePhone(std::string_view input)
{
    const std::string text = removeCharacters(prepareInput(input), " .-/()");
    std::string_view digits = text;
    bool international = false;
    if (digits.starts_with('+')) {
        digits.remove_prefix(1);
        international = true;
    } else if (digits.starts_with("00")) {
        digits.remove_prefix(2);
        international = true;
    } else if (digits.starts_with('0')) {
        digits.remove_prefix(1);
    } else {
        return problem("validation.phone");
    }
    if (!isAsciiDigits(digits))
        return problem("validation.phone");

    if (!international || digits.starts_with(belgiumCallingCode)) {
        if (international) {
            digits.remove_prefix(belgiumCallingCode.size());
            // "+32 (0)470 ..." keeps the trunk 0 that international dialling drops.
            if (digits.starts_with('0'))
                digits.remove_prefix(1);
        }
        if (!isBelgianNationalNumber(digits))
            return problem("validation.phone");
        return "+" + std::string(belgiumCallingCode) + std::string(digits);
    }
    if (digits.size() < 8 || digits.size() > 15 || digits.front() == '0')
        return problem("validation.phone");
    return "+" + std::string(digits);
}

} // namespace helder::core
