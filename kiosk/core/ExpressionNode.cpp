#include "core/ExpressionNode.hpp"

namespace helder::core {

const char* operatorSymbol(ExpressionOperator op)
{
    switch (op) {
    case ExpressionOperator::Add: return "+";
    case ExpressionOperator::Subtract: return "-";
    case ExpressionOperator::Multiply: return "*";
    case ExpressionOperator::Divide: return "/";
    case ExpressionOperator::Equal: return "==";
    case ExpressionOperator::NotEqual: return "!=";
    case ExpressionOperator::Less: return "<";
    case ExpressionOperator::LessEqual: return "<=";
    case ExpressionOperator::Greater: return ">";
    case ExpressionOperator::GreaterEqual: return ">=";
    }
    return "?";
}

const char* functionName(ExpressionFunction function)
{
    switch (function) {
    case ExpressionFunction::Count: return "count";
    case ExpressionFunction::Sum: return "sum";
    case ExpressionFunction::Today: return "today";
    case ExpressionFunction::Age: return "age";
    case ExpressionFunction::YearsBetween: return "years_between";
    case ExpressionFunction::DaysBetween: return "days_between";
    case ExpressionFunction::Answered: return "answered";
    case ExpressionFunction::Round: return "round";
    case ExpressionFunction::Min: return "min";
    case ExpressionFunction::Max: return "max";
    case ExpressionFunction::If: return "if";
    }
    return "?";
}

} // namespace helder::core
