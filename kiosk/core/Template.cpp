#include "core/Template.hpp"

#include <algorithm>
#include <array>

namespace helder::core {
namespace {

constexpr std::array<std::pair<QuestionType, std::string_view>, 13> typeNames{{
    {QuestionType::ShortText, "short_text"},
    {QuestionType::LongText, "long_text"},
    {QuestionType::Number, "number"},
    {QuestionType::Money, "money"},
    {QuestionType::Date, "date"},
    {QuestionType::YesNo, "yes_no"},
    {QuestionType::SingleChoice, "single_choice"},
    {QuestionType::MultipleChoice, "multiple_choice"},
    {QuestionType::NationalRegisterNumber, "national_register_number"},
    {QuestionType::Iban, "iban"},
    {QuestionType::Postcode, "postcode"},
    {QuestionType::Phone, "phone"},
    {QuestionType::Email, "email"},
}};

} // namespace

std::string_view toString(QuestionType type)
{
    const auto it = std::ranges::find(typeNames, type, &std::pair<QuestionType, std::string_view>::first);
    return it != typeNames.end() ? it->second : std::string_view{};
}

std::optional<QuestionType> questionTypeFromString(std::string_view name)
{
    const auto it = std::ranges::find(typeNames, name, &std::pair<QuestionType, std::string_view>::second);
    return it != typeNames.end() ? std::optional(it->first) : std::nullopt;
}

bool isFreeText(QuestionType type)
{
    return type == QuestionType::ShortText || type == QuestionType::LongText;
}

const Question* Template::findQuestion(std::string_view questionId) const
{
    for (const Item& item : items) {
        if (const auto* question = std::get_if<Question>(&item)) {
            if (question->id == questionId) {
                return question;
            }
        } else {
            const auto& group = std::get<Group>(item);
            for (const Question& member : group.questions) {
                if (member.id == questionId) {
                    return &member;
                }
            }
        }
    }
    return nullptr;
}

const Group* Template::findGroup(std::string_view groupId) const
{
    for (const Item& item : items) {
        if (const auto* group = std::get_if<Group>(&item); group && group->id == groupId) {
            return group;
        }
    }
    return nullptr;
}

const Group* Template::groupOf(std::string_view questionId) const
{
    for (const Item& item : items) {
        if (const auto* group = std::get_if<Group>(&item)) {
            if (std::ranges::any_of(group->questions,
                    [&](const Question& member) { return member.id == questionId; })) {
                return group;
            }
        }
    }
    return nullptr;
}

const Computed* Template::findComputed(std::string_view computedId) const
{
    const auto it = std::ranges::find(computed, computedId, &Computed::id);
    return it != computed.end() ? &*it : nullptr;
}

std::vector<std::string> Template::languages() const
{
    std::vector<std::string> result;
    result.reserve(texts.size());
    for (const auto& [language, formTexts] : texts) {
        result.push_back(language);
    }
    return result;
}

bool Template::hasLanguage(std::string_view language) const
{
    return texts.contains(std::string(language));
}

bool Template::isValidOn(const Date& day) const
{
    return validFrom <= day && (!validUntil || day <= *validUntil);
}

} // namespace helder::core
