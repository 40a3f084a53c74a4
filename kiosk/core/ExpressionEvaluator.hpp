#pragma once
// Evaluates a parsed expression tree against a Scope (internal to core).

#include "core/Expression.hpp"
#include "core/ExpressionNode.hpp"
#include "core/Scope.hpp"

#include <cstddef>
#include <expected>
#include <string_view>
#include <vector>

namespace helder::core {

class ExpressionEvaluator {
public:
    explicit ExpressionEvaluator(const Scope& scope) : m_scope(scope) {}

    std::expected<Value, ExpressionError> evaluate(const ExpressionNode& node);

private:
    using Result = std::expected<Value, ExpressionError>;

    // The group members whose answers names resolve to first, innermost last.
    struct Member {
        std::string_view group;
        std::size_t index;
    };

    Result lookUp(const ExpressionNode& node) const;
    Result evaluateArithmetic(const ExpressionNode& node);
    Result evaluateLogic(const ExpressionNode& node, bool isAnd);
    Result evaluateCompare(const ExpressionNode& node);
    Result evaluateIn(const ExpressionNode& node);
    Result evaluateCall(const ExpressionNode& node);
    Result evaluateGroup(const ExpressionNode& node);

    const Scope& m_scope;
    std::vector<Member> m_members;
};

} // namespace helder::core
