#include "core/SessionView.hpp"

#include "core/Scope.hpp"

#include <algorithm>

namespace helder::core {

// The names an expression reads, resolved against the session: answers of visible questions,
// computed values, repeating groups, and `value` inside a validation rule.
class SessionScope final : public Scope {
public:
    SessionScope(const SessionView& view, const std::optional<Step>& member, const Value* checked)
        : m_view(view), m_member(member), m_checked(checked)
    {
    }

    std::optional<Value> value(std::string_view name) const override
    {
        if (m_checked && name == "value") {
            return *m_checked;
        }
        const Template& form = m_view.form();
        if (m_member) {
            if (const Group* group = form.findGroup(m_member->groupId)) {
                const bool inGroup = std::ranges::any_of(group->questions,
                    [&](const Question& q) { return q.id == name; });
                if (inGroup) {
                    return answerValue(Step{std::string(name), m_member->groupId, m_member->member});
                }
            }
        }
        if (const Question* question = form.findQuestion(name)) {
            const Group* group = form.groupOf(name);
            if (group && group->repeat) {
                return Value::unknown(); // a member's answer, read outside its member
            }
            return answerValue(Step{question->id, group ? group->id : std::string(), std::nullopt});
        }
        if (form.findComputed(name)) {
            return m_view.computed(name);
        }
        return std::nullopt;
    }

    std::optional<std::size_t> memberCount(std::string_view groupId) const override
    {
        const Group* group = m_view.form().findGroup(groupId);
        if (!group || !group->repeat) {
            return std::nullopt;
        }
        return m_view.groupVisible(*group) ? m_view.memberCount(groupId) : 0;
    }

    std::optional<Value> memberValue(std::string_view groupId, std::size_t index,
                                     std::string_view name) const override
    {
        const Group* group = m_view.form().findGroup(groupId);
        if (!group || !std::ranges::any_of(group->questions,
                                           [&](const Question& q) { return q.id == name; })) {
            return std::nullopt;
        }
        return answerValue(Step{std::string(name), group->id, index});
    }

    Date today() const override { return m_view.session().today; }

private:
    Value answerValue(const Step& step) const
    {
        if (!m_view.isVisible(step)) {
            return Value::unknown();
        }
        const Answer* answer = m_view.answer(step);
        return answer ? answer->value : Value::unknown();
    }

    const SessionView& m_view;
    const std::optional<Step>& m_member;
    const Value* m_checked;
};

SessionView::SessionView(const Template& form, const Session& session)
    : m_form(form), m_session(session)
{
}

Value SessionView::evaluate(const Expression& expression, const std::optional<Step>& member,
                            const Value* value) const
{
    if (m_depth >= maxEvaluationDepth) {
        return Value::unknown();
    }
    ++m_depth;
    const SessionScope scope(*this, member, value);
    auto result = expression.evaluate(scope);
    --m_depth;
    return result ? *result : Value::unknown();
}

bool SessionView::holds(const std::optional<Expression>& condition,
                        const std::optional<Step>& member) const
{
    if (!condition) {
        return true;
    }
    return evaluate(*condition, member).asBool().value_or(false);
}

bool SessionView::groupVisible(const Group& group) const
{
    return holds(group.showIf);
}

const Question* SessionView::question(const Step& step) const
{
    if (step.isGroupOverview()) {
        return nullptr;
    }
    if (step.groupId.empty()) {
        return m_form.findQuestion(step.questionId);
    }
    const Group* group = m_form.findGroup(step.groupId);
    if (!group) {
        return nullptr;
    }
    const auto it = std::ranges::find(group->questions, step.questionId, &Question::id);
    return it == group->questions.end() ? nullptr : &*it;
}

std::size_t SessionView::memberCount(std::string_view groupId) const
{
    const auto it = m_session.members.find(groupId);
    return it == m_session.members.end() ? 0 : it->second.size();
}

bool SessionView::isVisible(const Step& step) const
{
    if (!step.groupId.empty()) {
        const Group* group = m_form.findGroup(step.groupId);
        if (!group || !groupVisible(*group)) {
            return false;
        }
        if (group->repeat && !step.isGroupOverview()
            && (!step.member || *step.member >= memberCount(group->id))) {
            return false;
        }
    }
    if (step.isGroupOverview()) {
        return !step.groupId.empty();
    }
    const Question* q = question(step);
    if (!q) {
        return false;
    }
    const std::optional<Step> memberContext = step.member ? std::optional<Step>(step) : std::nullopt;
    return holds(q->showIf, memberContext);
}

const Answer* SessionView::answer(const Step& step) const
{
    if (step.member) {
        const auto group = m_session.members.find(step.groupId);
        if (group == m_session.members.end() || *step.member >= group->second.size()) {
            return nullptr;
        }
        const AnswerMap& answers = group->second[*step.member];
        const auto it = answers.find(step.questionId);
        return it == answers.end() ? nullptr : &it->second;
    }
    const auto it = m_session.answers.find(step.questionId);
    return it == m_session.answers.end() ? nullptr : &it->second;
}

std::vector<Step> SessionView::steps() const
{
    std::vector<Step> result;
    for (const Item& item : m_form.items) {
        if (const auto* q = std::get_if<Question>(&item)) {
            if (holds(q->showIf)) {
                result.push_back(Step{q->id, "", std::nullopt});
            }
            continue;
        }
        const Group& group = std::get<Group>(item);
        if (!groupVisible(group)) {
            continue;
        }
        if (!group.repeat) {
            for (const Question& q : group.questions) {
                if (holds(q.showIf)) {
                    result.push_back(Step{q.id, group.id, std::nullopt});
                }
            }
            continue;
        }
        result.push_back(Step{"", group.id, std::nullopt});
        const std::size_t members = memberCount(group.id);
        for (std::size_t m = 0; m < members; ++m) {
            for (const Question& q : group.questions) {
                Step step{q.id, group.id, m};
                if (holds(q.showIf, step)) {
                    result.push_back(std::move(step));
                }
            }
        }
    }
    return result;
}

Progress SessionView::progress() const
{
    const std::vector<Step> all = steps();
    Progress progress{0, all.size()};
    if (m_session.step) {
        const auto it = std::ranges::find(all, *m_session.step);
        progress.current = it == all.end() ? 0 : static_cast<std::size_t>(it - all.begin()) + 1;
    }
    return progress;
}

std::vector<Step> SessionView::unanswered() const
{
    std::vector<Step> result;
    for (const Step& step : steps()) {
        if (!step.isGroupOverview() && !answer(step)) {
            result.push_back(step);
        }
    }
    return result;
}

std::vector<Step> SessionView::dontKnow() const
{
    std::vector<Step> result;
    for (const Step& step : steps()) {
        const Answer* a = step.isGroupOverview() ? nullptr : answer(step);
        if (a && a->isDontKnow()) {
            result.push_back(step);
        }
    }
    return result;
}

std::vector<Step> SessionView::keptAsTyped() const
{
    std::vector<Step> result;
    for (const Step& step : steps()) {
        const Answer* a = step.isGroupOverview() ? nullptr : answer(step);
        if (a && a->keptAsTyped) {
            result.push_back(step);
        }
    }
    return result;
}

std::vector<const RightsHint*> SessionView::applyingHints() const
{
    std::vector<const RightsHint*> result;
    for (const RightsHint& hint : m_form.rightsHints) {
        if (evaluate(hint.when).asBool().value_or(false)) {
            result.push_back(&hint);
        }
    }
    return result;
}

std::vector<const Document*> SessionView::documents() const
{
    std::vector<const Document*> result;
    for (const Document& document : m_form.documents) {
        if (holds(document.showIf)) {
            result.push_back(&document);
        }
    }
    return result;
}

Value SessionView::computed(std::string_view computedId) const
{
    const Computed* computed = m_form.findComputed(computedId);
    return computed ? evaluate(computed->expr) : Value::unknown();
}

} // namespace helder::core
