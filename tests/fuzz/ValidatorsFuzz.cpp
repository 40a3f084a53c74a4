// Every validator on the same visitor-typed text (Arabic-Indic digits, spaces and dots included).

#include "FuzzInput.hpp"

#include "core/Validators.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace helder::core;
    const std::string_view input = helder::fuzz::asText(data, size);
    (void)validateNumber(input);
    (void)validateMoney(input);
    (void)validateDate(input, *Date::parseIso("2026-11-23"));
    (void)validateNationalRegisterNumber(input);
    (void)birthDateFromNationalRegisterNumber(input);
    (void)validateIban(input);
    (void)validatePostcode(input);
    (void)validatePhone(input);
    (void)validateEmail(input);
    (void)validateText(input);
    (void)isLatinText(input);
    return 0;
}
