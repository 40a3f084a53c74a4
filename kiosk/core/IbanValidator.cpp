#include "core/ValidationSupport.hpp"

#include <array>

namespace helder::core {
namespace {

struct IbanCountry {
    std::string_view code;
    std::size_t length;
};

// IBAN lengths of the SWIFT IBAN registry.
constexpr std::array<IbanCountry, 79> ibanLengths{{
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24}, {"DE", 22},
    {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FO", 18}, {"FR", 27},
    {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28},
    {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20},
    {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27},
    {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NL", 18}, {"NO", 15},
    {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"SA", 24},
    {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"ST", 25}, {"SV", 28},
    {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
}};

bool isUpperAlphanumeric(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

// ISO 7064 MOD 97-10 over the rearranged IBAN, letters counting as 10..35.
int ibanRemainder(std::string_view iban)
{
    const std::string rearranged = std::string(iban.substr(4)) + std::string(iban.substr(0, 4));
    int remainder = 0;
    for (const char c : rearranged) {
        if (c >= '0' && c <= '9') {
            remainder = (remainder * 10 + (c - '0')) % 97;
        } else {
            const int value = c - 'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder;
}

// A Belgian BBAN is 3 + 7 digits and a check of 2 digits: the first ten modulo 97, 97 for 0.
bool belgianBbanValid(std::string_view bban)
{
    long long number = 0;
    for (const char c : bban.substr(0, 10))
        number = number * 10 + (c - '0');
    const long long check = (bban[10] - '0') * 10 + (bban[11] - '0');
    const long long expected = number % 97 == 0 ? 97 : number % 97;
    return check == expected;
}

} // namespace

ValidationResult validateIban(std::string_view input)
{
    std::string iban = removeCharacters(prepareInput(input), " -");
    for (char& c : iban)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');

    if (iban.size() < 5)
        return problem("validation.iban_format");
    for (const char c : iban)
        if (!isUpperAlphanumeric(c))
            return problem("validation.iban_format");
    const std::string_view country = std::string_view(iban).substr(0, 2);
    const IbanCountry* entry = nullptr;
    for (const auto& candidate : ibanLengths)
        if (candidate.code == country)
            entry = &candidate;
    if (!entry || entry->length != iban.size() || !isAsciiDigits(std::string_view(iban).substr(2, 2)))
        return problem("validation.iban_format");

    const bool belgian = country == "BE";
    if (belgian && !isAsciiDigits(std::string_view(iban).substr(4)))
        return problem("validation.iban_format");
    if (ibanRemainder(iban) != 1 || (belgian && !belgianBbanValid(std::string_view(iban).substr(4))))
        return problem("validation.iban_check");

    std::string grouped;
    for (std::size_t i = 0; i < iban.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += ' ';
        grouped += iban[i];
    }
    return grouped;
}

} // namespace helder::core
