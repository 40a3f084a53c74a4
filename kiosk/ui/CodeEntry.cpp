#include "ui/CodeEntry.hpp"

#include "core/Digits.hpp"

namespace helder::ui {
namespace {

std::string digitsOf(std::string_view text)
{
    std::string digits;
    for (const char c : core::normaliseDigits(text)) {
        if (c >= '0' && c <= '9') {
            digits += c;
        }
    }
    return digits;
}

// Letters and digits, letters in capitals: what an IBAN is made of.
std::string ibanCharacters(std::string_view text)
{
    std::string kept;
    for (char c : core::normaliseDigits(text)) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
            kept += c;
        }
    }
    return kept;
}

std::string nrnGroups(const std::string& digits)
{
    // YY.MM.DD-XXX.CC: the separator that comes before each position.
    std::string shown;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i == 2 || i == 4 || i == 9) {
            shown += '.';
        } else if (i == 6) {
            shown += '-';
        }
        shown += digits[i];
    }
    return shown;
}

std::string groupsOfFour(const std::string& characters)
{
    std::string shown;
    for (std::size_t i = 0; i < characters.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            shown += ' ';
        }
        shown += characters[i];
    }
    return shown;
}

} // namespace

std::string shownWhileTyping(core::QuestionType type, std::string_view draft)
{
    switch (type) {
    case core::QuestionType::NationalRegisterNumber: {
        const std::string digits = digitsOf(draft);
        // Anything else typed on a hardware keyboard stays visible rather than vanishing.
        return digits.size() <= 11 ? nrnGroups(digits) : std::string(draft);
    }
    case core::QuestionType::Iban: return groupsOfFour(ibanCharacters(draft));
    default: return std::string(draft);
    }
}

std::optional<core::ValidationProblem> checkWhileTyping(core::QuestionType type, std::string_view draft)
{
    if (type == core::QuestionType::NationalRegisterNumber) {
        if (digitsOf(draft).size() < 11) {
            return std::nullopt;
        }
        const core::ValidationResult result = core::validateNationalRegisterNumber(draft);
        return result ? std::nullopt : std::optional(result.error());
    }
    if (type == core::QuestionType::Iban) {
        const std::string iban = ibanCharacters(draft);
        const core::ValidationResult result = core::validateIban(iban);
        if (result) {
            return std::nullopt;
        }
        // A wrong check digit needs the whole number; a Belgian one is complete at 16.
        const bool complete = result.error().messageKey == "validation.iban_check"
            || (iban.starts_with("BE") && iban.size() >= 16);
        return complete ? std::optional(result.error()) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace helder::ui
