#include "tools/AnswersFile.hpp"

#include <chrono>
#include <ostream>

namespace helder::tools {
namespace {

std::optional<core::Value> answerValue(const core::Question& question, const nlohmann::json& json)
{
    using core::QuestionType;
    switch (question.type) {
    case QuestionType::YesNo:
        return json.is_boolean() ? std::optional(core::Value(json.get<bool>())) : std::nullopt;
    case QuestionType::Number:
    case QuestionType::Money:
        if (json.is_string()) {
            if (const auto number = core::Decimal::parse(json.get<std::string>()))
                return core::Value(*number);
        }
        return std::nullopt;
    case QuestionType::Date:
        if (json.is_string()) {
            if (const auto date = core::Date::parseIso(json.get<std::string>()))
                return core::Value(*date);
        }
        return std::nullopt;
    case QuestionType::MultipleChoice: {
        if (!json.is_array())
            return std::nullopt;
        core::Choices chosen;
        for (const nlohmann::json& item : json) {
            if (!item.is_string())
                return std::nullopt;
            chosen.push_back(item.get<std::string>());
        }
        return core::Value(std::move(chosen));
    }
    default:
        return json.is_string() ? std::optional(core::Value(json.get<std::string>())) : std::nullopt;
    }
}

std::optional<core::AnswerMap> answerMap(const core::Template& form, const nlohmann::json& answers,
                                         const std::vector<core::Question>* groupQuestions, std::string_view command,
                                         std::ostream& err)
{
    core::AnswerMap result;
    for (const auto& [id, json] : answers.items()) {
        const core::Question* question = nullptr;
        if (groupQuestions) {
            for (const core::Question& candidate : *groupQuestions)
                question = candidate.id == id ? &candidate : question;
        } else {
            question = form.findQuestion(id);
        }
        if (!question) {
            err << command << ": the form has no question \"" << id << "\"\n";
            return std::nullopt;
        }
        const auto value = answerValue(*question, json);
        if (!value) {
            err << command << ": \"" << id << "\" is not a canonical " << core::toString(question->type)
                << " answer: " << json.dump() << "\n";
            return std::nullopt;
        }
        core::Answer answer;
        answer.value = *value;
        answer.typed = value->toDisplayString();
        result[id] = std::move(answer);
    }
    return result;
}

} // namespace

std::optional<core::Session> sessionFromAnswers(const core::Template& form, const nlohmann::json& answers,
                                               std::string_view command, std::ostream& err)
{
    core::Session result;
    result.formId = form.id;
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    result.today = core::Date::fromDaysSinceEpoch(now.time_since_epoch().count()).value_or(core::Date());
    nlohmann::json topLevel = nlohmann::json::object();
    for (const auto& [id, json] : answers.items()) {
        const core::Group* group = form.findGroup(id);
        if (!group || !group->repeat) {
            topLevel[id] = json;
            continue;
        }
        if (!json.is_array()) {
            err << command << ": \"" << id << "\" is a repeating group: an array of member objects\n";
            return std::nullopt;
        }
        core::MemberList members;
        for (const nlohmann::json& member : json) {
            if (!member.is_object()) {
                err << command << ": each member of \"" << id << "\" is an object of answers\n";
                return std::nullopt;
            }
            auto memberAnswers = answerMap(form, member, &group->questions, command, err);
            if (!memberAnswers)
                return std::nullopt;
            members.push_back(std::move(*memberAnswers));
        }
        result.members[id] = std::move(members);
    }
    auto top = answerMap(form, topLevel, nullptr, command, err);
    if (!top)
        return std::nullopt;
    result.answers = std::move(*top);
    return result;
}

} // namespace helder::tools
