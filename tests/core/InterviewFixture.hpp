#pragma once
// A small form built in code, so the engine's journeys are tested apart from the JSON loader.

#include "core/Interview.hpp"
#include "core/SessionView.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace helder::test {

inline core::Expression expr(const std::string& source)
{
    auto parsed = core::Expression::parse(source);
    REQUIRE_MESSAGE(parsed.has_value(), "expression does not parse: " << source);
    return *parsed;
}

inline core::Question question(std::string id, core::QuestionType type)
{
    core::Question q;
    q.id = std::move(id);
    q.type = type;
    return q;
}

// "Rent support": a name, a partner asked about only when there is one, a national number, an
// income, a household of 1 to 3 people, a computed income per person that decides a follow-up
// question and a rights hint.
inline core::Template rentSupportForm()
{
    using core::QuestionType;
    core::Template form;
    form.id = "rent-support";
    form.version = "1";
    form.officialLanguage = "nl";
    for (const char* language : {"nl", "ar"}) {
        core::FormTexts texts;
        texts.language = language;
        form.texts.emplace(language, texts);
    }

    auto name = question("name", QuestionType::ShortText);
    name.latinOnly = true;
    form.items.emplace_back(name);
    form.items.emplace_back(question("has_partner", QuestionType::YesNo));
    auto partner = question("partner_name", QuestionType::ShortText);
    partner.showIf = expr("has_partner");
    form.items.emplace_back(partner);
    form.items.emplace_back(question("nrn", QuestionType::NationalRegisterNumber));
    form.items.emplace_back(question("monthly_income", QuestionType::Money));

    core::Group household;
    household.id = "household";
    household.repeat = core::RepeatRange{1, 3};
    household.questions.push_back(question("member_name", QuestionType::ShortText));
    auto student = question("member_student", QuestionType::YesNo);
    student.required = false;
    household.questions.push_back(student);
    form.items.emplace_back(household);

    auto bigFamily = question("big_family_card", QuestionType::YesNo);
    bigFamily.showIf = expr("persons >= 3");
    form.items.emplace_back(bigFamily);
    auto status = question("status", QuestionType::SingleChoice);
    status.choices = {{"work", "work"}, {"benefit", "payments"}};
    status.dontKnowAllowed = false;
    form.items.emplace_back(status);

    form.computed.push_back({"persons", expr("count(household) + 1"), std::nullopt, {}});
    form.computed.push_back(
        {"income_per_person", expr("monthly_income / persons"), std::nullopt, {}});
    form.rightsHints.push_back({"energy_tariff", expr("income_per_person < 800")});
    form.rightsHints.push_back({"student_grant", expr("count(household, member_student) > 0")});
    return form;
}

// Drives update() as the screens would, keeping the effects for inspection.
class Visitor {
public:
    explicit Visitor(std::vector<core::Template> forms) : m_forms(std::move(forms))
    {
        m_context.forms = m_forms;
        m_session.today = *core::Date::parseIso("2026-11-23");
    }

    Visitor& act(const core::Action& action)
    {
        core::Update result = core::update(m_context, std::move(m_session), action);
        m_session = std::move(result.session);
        m_effects.insert(m_effects.end(), result.effects.begin(), result.effects.end());
        return *this;
    }

    Visitor& type(const std::string& text)
    {
        act(core::action::SetDraft{text});
        return act(core::action::Next{});
    }

    Visitor& choose(const std::string& id) { return act(core::action::ChooseOption{id}); }

    Visitor& elapse(std::int64_t milliseconds)
    {
        return act(core::action::Tick{m_session.now + milliseconds, m_session.today});
    }

    // Welcome → language → form → before you start → first question.
    Visitor& start(const std::string& language, const std::string& formId = "rent-support")
    {
        act(core::action::ChooseLanguage{language});
        act(core::action::ChooseForm{formId, "K7Q4"});
        return act(core::action::BeginQuestions{});
    }

    const core::Session& session() const { return m_session; }
    const core::Template& form() const { return m_forms.front(); }
    core::SessionView view() const { return core::SessionView(m_forms.front(), m_session); }
    const std::vector<core::Effect>& effects() const { return m_effects; }
    core::InterviewContext& context() { return m_context; }

    std::string at() const
    {
        if (m_session.screen != core::Screen::Question || !m_session.step) {
            return "screen " + std::to_string(static_cast<int>(m_session.screen));
        }
        const core::Step& step = *m_session.step;
        std::string where = step.isGroupOverview() ? step.groupId + " overview" : step.questionId;
        if (step.member) {
            where += " #" + std::to_string(*step.member + 1);
        }
        return where;
    }

private:
    std::vector<core::Template> m_forms;
    core::InterviewContext m_context;
    core::Session m_session;
    std::vector<core::Effect> m_effects;
};

} // namespace helder::test
