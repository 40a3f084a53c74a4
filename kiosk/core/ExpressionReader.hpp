#pragma once
// Reads the expressions of a form.json (internal to the template loader): parses each one,
// reports a syntax error at its exact line:column, and remembers where and in which scope it was
// written so that its names can be resolved once every id is known (ReferenceChecker).

#include "core/Diagnostic.hpp"
#include "core/Expression.hpp"
#include "core/JsonObjectReader.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helder::core {

// Which names an expression may read besides the form's top-level questions and computed values.
struct ExpressionScope {
    std::string group;        // the group whose members it sees first; empty at the top level
    bool allowsValue = false; // a rule: `value` is the answer being checked
    std::string computedId;   // the computed value it defines, if any
};

struct ExpressionUse {
    std::string pointer;    // of the JSON string holding it
    SourcePosition quote;   // of that string's opening quote
    Expression expression;
    ExpressionScope scope;
};

// Line:column of byte `offset` of an expression written as a JSON string starting at `quote`
// (assumes no escape sequence before the offset).
SourcePosition positionInExpression(SourcePosition quote, std::string_view source, std::size_t offset);

class ExpressionReader {
public:
    std::optional<Expression> read(const JsonObjectReader& reader, std::string_view key, Need need,
                                   ExpressionScope scope);

    [[nodiscard]] const std::vector<ExpressionUse>& uses() const { return m_uses; }

private:
    std::vector<ExpressionUse> m_uses;
};

} // namespace helder::core
