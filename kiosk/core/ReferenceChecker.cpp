#include "core/ReferenceChecker.hpp"

#include "core/ClosestName.hpp"

#include <algorithm>
#include <map>

namespace helder::core {
namespace {

class Checker {
public:
    Checker(const FormOutline& outline, const std::string& fileName, Diagnostics& diagnostics)
        : m_outline(outline), m_fileName(fileName), m_diagnostics(diagnostics)
    {
    }

    void check(const ExpressionUse& use)
    {
        for (const NameReference& reference : use.expression.groupReferences()) {
            checkGroup(use, reference);
        }
        for (const NameReference& reference : use.expression.references()) {
            checkName(use, reference);
        }
    }

    // The computed value a name means, if it is one (for the dependency graph).
    [[nodiscard]] bool namesComputed(const NameReference& reference) const
    {
        if (reference.group && isMemberOf(reference.name, *reference.group)) {
            return false;
        }
        return !m_outline.question(reference.name) && m_outline.isComputed(reference.name);
    }

    void report(const ExpressionUse& use, const NameReference& reference, std::string code,
                std::string message)
    {
        m_diagnostics.push_back(Diagnostic{Severity::Error, std::move(code), m_fileName, use.pointer,
            positionInExpression(use.quote, use.expression.source(), reference.offset),
            std::move(message)});
    }

private:
    [[nodiscard]] std::vector<std::string_view> valueNames() const
    {
        std::vector<std::string_view> names;
        for (const auto& question : m_outline.questions) {
            names.push_back(question.id);
        }
        names.insert(names.end(), m_outline.computed.begin(), m_outline.computed.end());
        return names;
    }

    [[nodiscard]] bool isMemberOf(const std::string& name, const std::string& group) const
    {
        const OutlineQuestion* question = m_outline.question(name);
        return question && question->group == group;
    }

    void checkGroup(const ExpressionUse& use, const NameReference& reference)
    {
        const OutlineGroup* group = m_outline.group(reference.name);
        if (!group) {
            report(use, reference, "unknown-question",
                "no repeating group named \"" + reference.name + "\"");
        } else if (!group->repeating) {
            report(use, reference, "unknown-question",
                "\"" + reference.name + "\" is not a repeating group (it has no \"repeat\")");
        }
    }

    void checkName(const ExpressionUse& use, const NameReference& reference)
    {
        const std::string& name = reference.name;
        if (name == "value" && !m_outline.question(name)) {
            if (!use.scope.allowsValue) {
                report(use, reference, "unknown-question",
                    "\"value\" (the answer being checked) exists only in the rules of a question");
            }
            return;
        }
        if (reference.group && isMemberOf(name, *reference.group)) {
            return;
        }
        if (const OutlineQuestion* question = m_outline.question(name)) {
            const OutlineGroup* group = m_outline.group(question->group);
            if (group && group->repeating && question->group != use.scope.group) {
                report(use, reference, "unknown-question",
                    "\"" + name + "\" is a question of the repeating group \"" + group->id
                    + "\": outside it, use count(" + group->id + ", ...) or sum(" + group->id + ", ...)");
            }
            return;
        }
        if (m_outline.isComputed(name)) {
            return;
        }
        if (m_outline.group(name)) {
            report(use, reference, "unknown-question",
                "\"" + name + "\" is a group, not a value: use count(" + name + ")");
            return;
        }
        report(use, reference, "unknown-question", "no question or computed value named \"" + name + "\""
            + didYouMean(name, valueNames()));
    }

    const FormOutline& m_outline;
    const std::string& m_fileName;
    Diagnostics& m_diagnostics;
};

// Reports each computed value that depends on itself, through other computed values or directly.
void checkComputedCycles(const std::vector<ExpressionUse>& uses, Checker& checker)
{
    std::map<std::string, const ExpressionUse*> definitions;
    for (const ExpressionUse& use : uses) {
        if (!use.scope.computedId.empty()) {
            definitions.emplace(use.scope.computedId, &use);
        }
    }
    enum class State { Visiting, Done };
    std::map<std::string, State> states;
    // Iterative depth-first search: each frame is a computed id and the next reference to follow.
    for (const auto& [start, startUse] : definitions) {
        if (states.contains(start)) {
            continue;
        }
        std::vector<std::pair<std::string, std::size_t>> stack{{start, 0}};
        states[start] = State::Visiting;
        while (!stack.empty()) {
            auto& [id, next] = stack.back();
            const ExpressionUse* use = definitions.at(id);
            const auto& references = use->expression.references();
            if (next == references.size()) {
                states[id] = State::Done;
                stack.pop_back();
                continue;
            }
            const NameReference& reference = references[next++];
            if (!checker.namesComputed(reference) || !definitions.contains(reference.name)) {
                continue;
            }
            const auto state = states.find(reference.name);
            if (state == states.end()) {
                states[reference.name] = State::Visiting;
                stack.emplace_back(reference.name, 0);
            } else if (state->second == State::Visiting) {
                std::string chain;
                bool inCycle = false;
                for (const auto& frame : stack) {
                    inCycle = inCycle || frame.first == reference.name;
                    if (inCycle) {
                        chain += frame.first + " -> ";
                    }
                }
                checker.report(*use, reference, "bad-value",
                    "computed values depend on themselves: " + chain + reference.name);
            }
        }
    }
}

} // namespace

Diagnostics checkReferences(const std::vector<ExpressionUse>& uses, const FormOutline& outline,
                            const std::string& fileName)
{
    Diagnostics diagnostics;
    Checker checker(outline, fileName, diagnostics);
    for (const ExpressionUse& use : uses) {
        checker.check(use);
    }
    checkComputedCycles(uses, checker);
    return diagnostics;
}

} // namespace helder::core
