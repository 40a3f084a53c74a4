#include "core/ExampleReader.hpp"

#include "core/Validators.hpp"

#include <algorithm>

namespace helder::core {
namespace {

bool hasNumericBounds(QuestionType type)
{
    return type == QuestionType::Number || type == QuestionType::Money;
}

std::optional<Value> readBound(const JsonObjectReader& reader, std::string_view key, QuestionType type)
{
    if (!reader.has(key)) {
        return std::nullopt;
    }
    if (!hasNumericBounds(type) && type != QuestionType::Date) {
        reader.keyError("bad-value", key, "\"" + std::string(key)
            + "\" applies only to number, money and date questions");
        return std::nullopt;
    }
    const std::optional<std::string> text = reader.string(key, Need::Optional);
    if (!text) {
        return std::nullopt;
    }
    if (type == QuestionType::Date) {
        if (const auto date = Date::parseIso(*text)) {
            return Value(*date);
        }
        reader.error("bad-value", key, "\"" + *text + "\" is not a date written YYYY-MM-DD");
        return std::nullopt;
    }
    if (const auto number = Decimal::parse(*text)) {
        return Value(*number);
    }
    reader.error("bad-value", key, "\"" + *text + "\" is not a decimal number such as \"1250.50\"");
    return std::nullopt;
}

std::string describe(const ValidationProblem& problem)
{
    std::string text = problem.messageKey;
    for (const auto& [name, value] : problem.args) {
        text += ' ' + name + '=' + value;
    }
    return text;
}

std::optional<Decimal> decimalBound(const std::optional<Value>& bound)
{
    return bound ? bound->asNumber() : std::nullopt;
}

// The check a visitor's answer of this type goes through, given a canonical text.
ValidationResult validateExample(const Question& question, const std::string& text)
{
    switch (question.type) {
    case QuestionType::ShortText:
    case QuestionType::LongText:
        return validateText(text, TextRules{question.maxLength, question.latinOnly});
    case QuestionType::Number:
        return validateNumber(text, NumberRules{decimalBound(question.min), decimalBound(question.max)});
    case QuestionType::Money:
        return validateMoney(text, MoneyRules{question.allowNegative, decimalBound(question.min),
                                              decimalBound(question.max)});
    case QuestionType::NationalRegisterNumber:
        return validateNationalRegisterNumber(text);
    case QuestionType::Iban: {
        // The validator prints groups of four; the canonical example has no spaces.
        auto result = validateIban(text);
        if (result) {
            std::erase(*result, ' ');
        }
        return result;
    }
    case QuestionType::Postcode:
        return validatePostcode(text);
    case QuestionType::Phone:
        return validatePhone(text);
    case QuestionType::Email:
        return validateEmail(text);
    default:
        return text;
    }
}

class ExampleCheck {
public:
    ExampleCheck(const JsonObjectReader& reader, Question& question)
        : m_reader(reader), m_question(question)
    {
    }

    void read(const nlohmann::json& example)
    {
        switch (m_question.type) {
        case QuestionType::YesNo:
            if (!example.is_boolean()) {
                return fail("a yes_no example is true or false");
            }
            m_question.example = Value(example.get<bool>());
            return;
        case QuestionType::SingleChoice:
            return readSingleChoice(example);
        case QuestionType::MultipleChoice:
            return readMultipleChoice(example);
        case QuestionType::Date:
            return readDate(example);
        default:
            return readTyped(example);
        }
    }

private:
    void fail(std::string message) const { m_reader.error("bad-example", "example", std::move(message)); }

    [[nodiscard]] bool isChoice(const std::string& id) const
    {
        return std::ranges::find(m_question.choices, id, &Choice::id) != m_question.choices.end();
    }

    void readSingleChoice(const nlohmann::json& example)
    {
        if (!example.is_string()) {
            return fail("a single_choice example is the id of one of its choices");
        }
        const auto id = example.get<std::string>();
        if (!isChoice(id)) {
            return fail("\"" + id + "\" is not one of the question's choices");
        }
        m_question.example = Value(id);
    }

    void readMultipleChoice(const nlohmann::json& example)
    {
        if (!example.is_array()) {
            return fail("a multiple_choice example is an array of choice ids");
        }
        Choices chosen;
        for (const auto& element : example) {
            if (!element.is_string() || !isChoice(element.get<std::string>())) {
                return fail("every element must be the id of one of the question's choices");
            }
            chosen.push_back(element.get<std::string>());
        }
        // Canonical: each choice once, in the order of "choices".
        Choices ordered;
        for (const Choice& choice : m_question.choices) {
            if (std::ranges::find(chosen, choice.id) != chosen.end()) {
                ordered.push_back(choice.id);
            }
        }
        if (ordered != chosen) {
            return fail("list each chosen id once, in the order of \"choices\"");
        }
        m_question.example = Value(std::move(chosen));
    }

    void readDate(const nlohmann::json& example)
    {
        if (!example.is_string()) {
            return fail("a date example is written YYYY-MM-DD");
        }
        const auto text = example.get<std::string>();
        const auto date = Date::parseIso(text);
        if (!date) {
            return fail("\"" + text + "\" is not a date written YYYY-MM-DD");
        }
        const auto min = m_question.min ? m_question.min->asDate() : std::nullopt;
        const auto max = m_question.max ? m_question.max->asDate() : std::nullopt;
        if ((min && *date < *min) || (max && *date > *max)) {
            return fail("\"" + text + "\" is outside the question's min..max");
        }
        m_question.example = Value(*date);
    }

    void readTyped(const nlohmann::json& example)
    {
        if (!example.is_string()) {
            return fail("a " + std::string(toString(m_question.type)) + " example is a string");
        }
        const auto text = example.get<std::string>();
        if (text.empty()) {
            return fail("the example answer must not be empty");
        }
        const ValidationResult checked = validateExample(m_question, text);
        if (!checked) {
            return fail("\"" + text + "\" does not pass the " + std::string(toString(m_question.type))
                + " check (" + describe(checked.error()) + ")");
        }
        if (*checked != text) {
            return fail("\"" + text + "\" is not in canonical form: write \"" + *checked + "\"");
        }
        if (hasNumericBounds(m_question.type)) {
            m_question.example = Value(Decimal::parse(text).value_or(Decimal{}));
        } else {
            m_question.example = Value(text);
        }
    }

    const JsonObjectReader& m_reader;
    Question& m_question;
};

} // namespace

void readBounds(const JsonObjectReader& reader, Question& question)
{
    question.min = readBound(reader, "min", question.type);
    question.max = readBound(reader, "max", question.type);
    if (question.min && question.max && question.max->data < question.min->data) {
        reader.error("bad-value", "max", "\"max\" is below \"min\"");
        // Checking the example against contradictory bounds would only repeat this error.
        question.min.reset();
        question.max.reset();
    }
}

void readExample(const JsonObjectReader& reader, Question& question)
{
    if (const nlohmann::json* example = reader.value("example", Need::Required)) {
        ExampleCheck(reader, question).read(*example);
    }
}

} // namespace helder::core
