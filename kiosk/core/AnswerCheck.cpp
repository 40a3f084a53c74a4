#include "core/AnswerCheck.hpp"

#include <algorithm>

namespace helder::core {
namespace {

std::optional<Decimal> decimalBound(const std::optional<Value>& bound)
{
    return bound ? bound->asNumber() : std::nullopt;
}

std::optional<Date> dateBound(const std::optional<Value>& bound)
{
    return bound ? bound->asDate() : std::nullopt;
}

// The canonical value of a checked text for the question's type.
Value canonicalValue(QuestionType type, const std::string& canonical)
{
    switch (type) {
    case QuestionType::Number:
    case QuestionType::Money:
        if (auto number = Decimal::parse(canonical)) {
            return Value(*number);
        }
        return Value::unknown();
    case QuestionType::Date:
        if (auto date = Date::parseIso(canonical)) {
            return Value(*date);
        }
        return Value::unknown();
    default:
        return Value(canonical);
    }
}

ValidationResult validateFor(const Question& question, std::string_view typed, Date today,
                             const PostcodeTable* postcodes)
{
    switch (question.type) {
    case QuestionType::ShortText:
    case QuestionType::LongText:
        return validateText(typed, TextRules{question.maxLength, question.latinOnly});
    case QuestionType::Number:
        return validateNumber(typed, NumberRules{decimalBound(question.min), decimalBound(question.max)});
    case QuestionType::Money:
        return validateMoney(typed, MoneyRules{question.allowNegative, decimalBound(question.min),
                                               decimalBound(question.max)});
    case QuestionType::Date:
        return validateDate(typed, today, DateRules{question.notInFuture, dateBound(question.min),
                                                    dateBound(question.max)});
    case QuestionType::NationalRegisterNumber:
        return validateNationalRegisterNumber(typed);
    case QuestionType::Iban:
        return validateIban(typed);
    case QuestionType::Postcode:
        return validatePostcode(typed, postcodes);
    case QuestionType::Phone:
        return validatePhone(typed);
    case QuestionType::Email:
        return validateEmail(typed);
    case QuestionType::YesNo:
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        break;
    }
    return std::unexpected(ValidationProblem{"validation.choice", {}});
}

bool isBlank(std::string_view text)
{
    return std::ranges::all_of(text, [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

} // namespace

std::expected<Answer, ValidationProblem> checkTypedAnswer(const Question& question,
    std::string_view typed, Date today, const PostcodeTable* postcodes)
{
    if (isBlank(typed)) {
        return std::unexpected(ValidationProblem{"validation.required", {}});
    }
    ValidationResult checked = validateFor(question, typed, today, postcodes);
    if (!checked) {
        return std::unexpected(checked.error());
    }
    Answer answer;
    answer.value = canonicalValue(question.type, *checked);
    answer.typed = std::string(typed);
    return answer;
}

std::expected<Value, ValidationProblem> checkCanonicalValue(const Question& question,
    const Value& value, Date today, const PostcodeTable* postcodes)
{
    switch (question.type) {
    case QuestionType::YesNo:
        if (value.isBool()) {
            return value;
        }
        return std::unexpected(ValidationProblem{"validation.choice", {}});
    case QuestionType::SingleChoice:
        if (const std::string* id = value.asText();
            id && std::ranges::any_of(question.choices, [&](const Choice& c) { return c.id == *id; })) {
            return value;
        }
        return std::unexpected(ValidationProblem{"validation.choice", {}});
    case QuestionType::MultipleChoice:
        if (const Choices* ids = value.asChoices(); ids && std::ranges::all_of(*ids, [&](const std::string& id) {
                return std::ranges::any_of(question.choices, [&](const Choice& c) { return c.id == id; });
            })) {
            return value;
        }
        return std::unexpected(ValidationProblem{"validation.choice", {}});
    default:
        break;
    }
    auto answer = checkTypedAnswer(question, value.toDisplayString(), today, postcodes);
    if (!answer) {
        return std::unexpected(answer.error());
    }
    return answer->value;
}

} // namespace helder::core
