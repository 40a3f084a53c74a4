#include "app/ExampleSession.hpp"

#include <algorithm>
#include <variant>

namespace helder::app {
namespace {

void answerExamples(const std::vector<core::Question>& questions, core::AnswerMap& answers)
{
    for (const core::Question& question : questions) {
        if (question.example.isUnknown()) {
            continue;
        }
        core::Answer answer;
        answer.value = question.example;
        answer.typed = question.example.toDisplayString();
        answers[question.id] = std::move(answer);
    }
}

} // namespace

core::Session exampleSession(const core::Template& form, std::string sessionCode, core::Date today)
{
    core::Session session;
    session.screen = core::Screen::Review;
    session.formId = form.id;
    session.sessionCode = std::move(sessionCode);
    session.interfaceLanguage = form.officialLanguage;
    session.formLanguage = form.officialLanguage;
    session.today = today;
    for (const core::Item& item : form.items) {
        if (const auto* question = std::get_if<core::Question>(&item)) {
            answerExamples({*question}, session.answers);
            continue;
        }
        const auto& group = std::get<core::Group>(item);
        if (!group.repeat) {
            answerExamples(group.questions, session.answers);
            continue;
        }
        const std::size_t count = std::clamp(group.exampleCount, group.repeat->min, group.repeat->max);
        core::MemberList& members = session.members[group.id];
        for (std::size_t i = 0; i < count; ++i) {
            answerExamples(group.questions, members.emplace_back());
        }
    }
    return session;
}

} // namespace helder::app
