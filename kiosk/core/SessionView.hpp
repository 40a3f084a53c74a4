#pragma once
// Read-only questions about a session in its form: which steps are visible, what was answered,
// which computed values and rights hints follow. Shared by the engine, the screens and the printout,
// so a question hidden by a later change of answer is hidden everywhere, printout included.

#include "core/Session.hpp"
#include "core/Template.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace helder::core {

struct Progress {
    std::size_t current = 0; // 1-based position of the current step among the visible ones
    std::size_t total = 0;
};

class SessionView {
public:
    SessionView(const Template& form, const Session& session);

    // Visible steps in interview order; a repeating group's overview comes before its members.
    std::vector<Step> steps() const;
    bool isVisible(const Step& step) const;
    const Question* question(const Step& step) const;
    const Answer* answer(const Step& step) const;
    Progress progress() const;
    std::size_t memberCount(std::string_view groupId) const;

    // Visible questions without an answer (required or not), answered "I don't know", or kept as
    // typed after a failed check: the worker completes these with the visitor.
    std::vector<Step> unanswered() const;
    std::vector<Step> dontKnow() const;
    std::vector<Step> keptAsTyped() const;

    std::vector<const RightsHint*> applyingHints() const;
    std::vector<const Document*> documents() const;
    Value computed(std::string_view computedId) const;

    // An expression in the session's scope; `member` gives a repeating group's member context and
    // `value` the answer a rule checks. Errors and unknown results come back as unknown.
    Value evaluate(const Expression& expression, const std::optional<Step>& member = std::nullopt,
                   const Value* value = nullptr) const;
    // A condition: absent is true, unknown is false.
    bool holds(const std::optional<Expression>& condition,
               const std::optional<Step>& member = std::nullopt) const;

    const Template& form() const { return m_form; }
    const Session& session() const { return m_session; }

private:
    friend class SessionScope;

    bool groupVisible(const Group& group) const;
    // Guards against conditions that refer to each other in a circle: deeper is unknown.
    static constexpr int maxEvaluationDepth = 32;

    const Template& m_form;
    const Session& m_session;
    mutable int m_depth = 0;
};

} // namespace helder::core
