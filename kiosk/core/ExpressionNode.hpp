#pragma once
// The syntax tree of an Expression (internal to core). Immutable once parsed; copies of an Expression
// share it.

#include "core/Value.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace helder::core {

enum class ExpressionNodeKind {
    Literal,    // literal
    Name,       // name
    Negate,     // children[0]
    Not,        // children[0]
    Arithmetic, // children joined left to right by operators (+ - * /)
    And,        // children, any number
    Or,         // children, any number
    Compare,    // children[0] operators[0] children[1]
    In,         // children[0] in children[1]; children[1] may be a List
    List,       // children
    Call,       // function(children); count and sum keep their group in name
};

enum class ExpressionOperator { Add, Subtract, Multiply, Divide, Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

enum class ExpressionFunction { Count, Sum, Today, Age, YearsBetween, DaysBetween, Answered, Round, Min, Max, If };

struct ExpressionNode {
    using Pointer = std::shared_ptr<const ExpressionNode>;

    ExpressionNodeKind kind = ExpressionNodeKind::Literal;
    std::size_t offset = 0; // where the node starts; for a call, its function name
    Value literal;
    std::string name;
    std::size_t nameOffset = 0; // of `name`
    std::vector<ExpressionOperator> operators;
    std::vector<std::size_t> operatorOffsets; // one per operator, for error messages
    ExpressionFunction function = ExpressionFunction::Count;
    std::vector<Pointer> children;
};

const char* operatorSymbol(ExpressionOperator op);
const char* functionName(ExpressionFunction function);

} // namespace helder::core
