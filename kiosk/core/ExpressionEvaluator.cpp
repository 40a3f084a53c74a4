#include "core/ExpressionEvaluator.hpp"

#include <algorithm>
#include <string>

namespace helder::core {
namespace {

using Result = std::expected<Value, ExpressionError>;

ExpressionError typeError(std::size_t offset, std::string message)
{
    return ExpressionError{offset, "type", std::move(message)};
}

ExpressionError decimalError(std::size_t offset, DecimalError error, const std::string& what)
{
    if (error == DecimalError::DivisionByZero)
        return ExpressionError{offset, "division-by-zero", "division by zero"};
    return ExpressionError{offset, "overflow", "the result of " + what + " is too large"};
}

Result fromDecimal(std::expected<Decimal, DecimalError> result, std::size_t offset, const std::string& what)
{
    if (!result)
        return std::unexpected(decimalError(offset, result.error(), what));
    return Value(*result);
}

Result fromDate(std::optional<Date> date, std::size_t offset, const std::string& what)
{
    if (!date)
        return std::unexpected(ExpressionError{offset, "overflow", "the result of " + what + " is not a date between the years 1 and 9999"});
    return Value(*date);
}

std::string quoted(const char* symbol)
{
    return std::string("'") + symbol + "'";
}

bool sameType(const Value& a, const Value& b)
{
    return a.data.index() == b.data.index();
}

// a and b hold the same type: number, date or text.
std::strong_ordering order(const Value& a, const Value& b)
{
    if (const auto* number = std::get_if<Decimal>(&a.data))
        return *number <=> std::get<Decimal>(b.data);
    if (const auto* date = std::get_if<Date>(&a.data))
        return *date <=> std::get<Date>(b.data);
    return std::get<std::string>(a.data).compare(std::get<std::string>(b.data)) <=> 0;
}

Result daysToDate(ExpressionOperator op, std::size_t offset, Date date, Decimal days)
{
    const std::string what = quoted(operatorSymbol(op));
    const auto whole = days.toInt64();
    if (!whole)
        return std::unexpected(typeError(offset, what + " needs a whole number of days, got " + days.toString()));
    return fromDate(date.addDays(op == ExpressionOperator::Add ? *whole : -*whole), offset, what);
}

Result arithmetic(ExpressionOperator op, std::size_t offset, const Value& a, const Value& b)
{
    if (a.isUnknown() || b.isUnknown())
        return Value();
    const std::string what = quoted(operatorSymbol(op));
    const auto leftNumber = a.asNumber();
    const auto rightNumber = b.asNumber();
    if (leftNumber && rightNumber) {
        switch (op) {
        case ExpressionOperator::Add: return fromDecimal(leftNumber->add(*rightNumber), offset, what);
        case ExpressionOperator::Subtract: return fromDecimal(leftNumber->subtract(*rightNumber), offset, what);
        case ExpressionOperator::Multiply: return fromDecimal(leftNumber->multiply(*rightNumber), offset, what);
        default: return fromDecimal(leftNumber->divide(*rightNumber), offset, what);
        }
    }
    const auto leftDate = a.asDate();
    const auto rightDate = b.asDate();
    if (leftDate && rightNumber && (op == ExpressionOperator::Add || op == ExpressionOperator::Subtract))
        return daysToDate(op, offset, *leftDate, *rightNumber);
    if (leftNumber && rightDate && op == ExpressionOperator::Add)
        return daysToDate(op, offset, *rightDate, *leftNumber);
    if (leftDate && rightDate && op == ExpressionOperator::Subtract) {
        const auto days = Decimal::fromInt64(leftDate->daysSinceEpoch() - rightDate->daysSinceEpoch());
        return Value(*days); // at most 3.7 million days apart: always fits
    }
    return std::unexpected(typeError(offset, what + " cannot be applied to " + a.typeName() + " and " + b.typeName()));
}

std::expected<bool, ExpressionError> compare(ExpressionOperator op, std::size_t offset, const Value& a, const Value& b)
{
    const std::string what = quoted(operatorSymbol(op));
    if (!sameType(a, b))
        return std::unexpected(typeError(offset, what + " cannot compare " + a.typeName() + " with " + b.typeName()));
    if (a.isChoices())
        return std::unexpected(typeError(offset, what + " cannot compare choices; test one choice with 'in'"));
    const bool equality = op == ExpressionOperator::Equal || op == ExpressionOperator::NotEqual;
    if (a.isBool()) {
        if (!equality)
            return std::unexpected(typeError(offset, what + " cannot order booleans; use '==' or '!='"));
        return (a == b) == (op == ExpressionOperator::Equal);
    }
    const auto ordering = order(a, b);
    switch (op) {
    case ExpressionOperator::Equal: return ordering == 0;
    case ExpressionOperator::NotEqual: return ordering != 0;
    case ExpressionOperator::Less: return ordering < 0;
    case ExpressionOperator::LessEqual: return ordering <= 0;
    case ExpressionOperator::Greater: return ordering > 0;
    default: return ordering >= 0;
    }
}

std::string functionText(ExpressionFunction function)
{
    return std::string(functionName(function)) + "()";
}

} // namespace

Result ExpressionEvaluator::evaluate(const ExpressionNode& node)
{
    switch (node.kind) {
    case ExpressionNodeKind::Literal:
        return node.literal;
    case ExpressionNodeKind::Name:
        return lookUp(node);
    case ExpressionNodeKind::Negate: {
        auto operand = evaluate(*node.children[0]);
        if (!operand || operand->isUnknown())
            return operand;
        if (const auto number = operand->asNumber())
            return fromDecimal(number->negate(), node.offset, "'-'");
        return std::unexpected(typeError(node.offset, std::string("'-' cannot negate ") + operand->typeName()));
    }
    case ExpressionNodeKind::Not: {
        auto operand = evaluate(*node.children[0]);
        if (!operand || operand->isUnknown())
            return operand;
        if (const auto value = operand->asBool())
            return Value(!*value);
        return std::unexpected(typeError(node.offset, std::string("'not' needs true or false, got ") + operand->typeName()));
    }
    case ExpressionNodeKind::Arithmetic:
        return evaluateArithmetic(node);
    case ExpressionNodeKind::And:
        return evaluateLogic(node, true);
    case ExpressionNodeKind::Or:
        return evaluateLogic(node, false);
    case ExpressionNodeKind::Compare:
        return evaluateCompare(node);
    case ExpressionNodeKind::In:
        return evaluateIn(node);
    case ExpressionNodeKind::List:
        return std::unexpected(ExpressionError{node.offset, "syntax", "a list [...] can only follow 'in'"});
    case ExpressionNodeKind::Call:
        return evaluateCall(node);
    }
    return std::unexpected(ExpressionError{node.offset, "syntax", "unexpected expression"});
}

Result ExpressionEvaluator::lookUp(const ExpressionNode& node) const
{
    for (auto member = m_members.rbegin(); member != m_members.rend(); ++member)
        if (auto value = m_scope.memberValue(member->group, member->index, node.name))
            return std::move(*value);
    if (auto value = m_scope.value(node.name))
        return std::move(*value);
    return std::unexpected(ExpressionError{node.offset, "unknown-name", "unknown name '" + node.name + "'"});
}

// Every operand is evaluated even once the result is unknown, so a mistake in the template shows up
// whatever the visitor answered.
Result ExpressionEvaluator::evaluateArithmetic(const ExpressionNode& node)
{
    auto result = evaluate(*node.children[0]);
    for (std::size_t i = 0; result && i < node.operators.size(); ++i) {
        auto right = evaluate(*node.children[i + 1]);
        if (!right)
            return right;
        result = arithmetic(node.operators[i], node.operatorOffsets[i], *result, *right);
    }
    return result;
}

// Three-valued: false decides `and`, true decides `or`, and the rest is then not evaluated.
Result ExpressionEvaluator::evaluateLogic(const ExpressionNode& node, bool isAnd)
{
    bool sawUnknown = false;
    for (const auto& child : node.children) {
        auto operand = evaluate(*child);
        if (!operand)
            return operand;
        if (operand->isUnknown()) {
            sawUnknown = true;
            continue;
        }
        const auto value = operand->asBool();
        if (!value)
            return std::unexpected(typeError(child->offset, std::string(isAnd ? "'and'" : "'or'")
                + " needs true or false, got " + operand->typeName()));
        if (*value != isAnd)
            return Value(!isAnd);
    }
    return sawUnknown ? Value() : Value(isAnd);
}

Result ExpressionEvaluator::evaluateCompare(const ExpressionNode& node)
{
    auto left = evaluate(*node.children[0]);
    if (!left)
        return left;
    auto right = evaluate(*node.children[1]);
    if (!right)
        return right;
    if (left->isUnknown() || right->isUnknown())
        return Value();
    const auto result = compare(node.operators[0], node.operatorOffsets[0], *left, *right);
    if (!result)
        return std::unexpected(result.error());
    return Value(*result);
}

Result ExpressionEvaluator::evaluateIn(const ExpressionNode& node)
{
    auto needle = evaluate(*node.children[0]);
    if (!needle)
        return needle;
    const ExpressionNode& haystack = *node.children[1];

    if (haystack.kind == ExpressionNodeKind::List) {
        bool found = false;
        bool sawUnknown = needle->isUnknown();
        for (const auto& child : haystack.children) {
            auto element = evaluate(*child);
            if (!element)
                return element;
            if (element->isUnknown() || needle->isUnknown()) {
                sawUnknown = sawUnknown || element->isUnknown();
                continue;
            }
            const auto equal = compare(ExpressionOperator::Equal, node.offset, *needle, *element);
            if (!equal)
                return std::unexpected(typeError(node.offset, std::string("'in' cannot look for ") + needle->typeName()
                    + " in a list holding " + element->typeName()));
            found = found || *equal;
        }
        if (found && !needle->isUnknown())
            return Value(true);
        return sawUnknown ? Value() : Value(false);
    }

    auto choices = evaluate(haystack);
    if (!choices)
        return choices;
    if (!choices->isUnknown() && !choices->isChoices())
        return std::unexpected(typeError(node.offset, std::string("'in' needs a list or a multiple-choice answer on its right, got ")
            + choices->typeName()));
    if (needle->isUnknown() || choices->isUnknown())
        return Value();
    const auto* text = needle->asText();
    if (!text)
        return std::unexpected(typeError(node.offset, std::string("'in' looks for a choice id (text) in a multiple-choice answer, got ")
            + needle->typeName()));
    const auto* chosen = choices->asChoices();
    return Value(std::find(chosen->begin(), chosen->end(), *text) != chosen->end());
}

Result ExpressionEvaluator::evaluateGroup(const ExpressionNode& node)
{
    const auto members = m_scope.memberCount(node.name);
    if (!members)
        return std::unexpected(ExpressionError{node.nameOffset, "not-a-group",
            "'" + node.name + "' is not a repeating group"});
    const std::string what = functionText(node.function);
    if (node.children.empty()) {
        const auto count = Decimal::fromInt64(static_cast<std::int64_t>(*members));
        if (!count)
            return std::unexpected(decimalError(node.offset, DecimalError::Overflow, what));
        return Value(*count);
    }

    Decimal total;
    for (std::size_t index = 0; index < *members; ++index) {
        m_members.push_back(Member{node.name, index});
        auto value = evaluate(*node.children[0]);
        m_members.pop_back();
        if (!value)
            return value;
        if (value->isUnknown())
            continue;
        if (node.function == ExpressionFunction::Count) {
            const auto condition = value->asBool();
            if (!condition)
                return std::unexpected(typeError(node.children[0]->offset, what + " needs a true or false condition, got "
                    + value->typeName()));
            if (!*condition)
                continue;
        }
        const auto term = node.function == ExpressionFunction::Count ? std::optional<Decimal>(Decimal::fromInt(1))
                                                                      : value->asNumber();
        if (!term)
            return std::unexpected(typeError(node.children[0]->offset, what + " adds numbers, got " + value->typeName()));
        const auto sum = total.add(*term);
        if (!sum)
            return std::unexpected(decimalError(node.offset, sum.error(), what));
        total = *sum;
    }
    return Value(total);
}

Result ExpressionEvaluator::evaluateCall(const ExpressionNode& node)
{
    const std::string what = functionText(node.function);
    switch (node.function) {
    case ExpressionFunction::Count:
    case ExpressionFunction::Sum:
        return evaluateGroup(node);
    case ExpressionFunction::Today:
        return Value(m_scope.today());
    case ExpressionFunction::If: {
        auto condition = evaluate(*node.children[0]);
        if (!condition || condition->isUnknown())
            return condition;
        const auto value = condition->asBool();
        if (!value)
            return std::unexpected(typeError(node.children[0]->offset, "if() needs a true or false condition, got "
                + std::string(condition->typeName())));
        return evaluate(*node.children[*value ? 1 : 2]);
    }
    default:
        break;
    }

    std::vector<Value> arguments;
    for (const auto& child : node.children) {
        auto argument = evaluate(*child);
        if (!argument)
            return argument;
        arguments.push_back(std::move(*argument));
    }
    if (node.function == ExpressionFunction::Answered)
        return Value(!arguments[0].isUnknown());
    if (std::any_of(arguments.begin(), arguments.end(), [](const Value& value) { return value.isUnknown(); }))
        return Value();

    switch (node.function) {
    case ExpressionFunction::Age:
        if (const auto birth = arguments[0].asDate())
            return Value(Decimal::fromInt(Date::yearsBetween(*birth, m_scope.today())));
        return std::unexpected(typeError(node.offset, what + " needs a date, got " + arguments[0].typeName()));
    case ExpressionFunction::YearsBetween:
    case ExpressionFunction::DaysBetween: {
        const auto from = arguments[0].asDate();
        const auto to = arguments[1].asDate();
        if (!from || !to)
            return std::unexpected(typeError(node.offset, what + " needs two dates, got " + arguments[0].typeName()
                + " and " + arguments[1].typeName()));
        if (node.function == ExpressionFunction::YearsBetween)
            return Value(Decimal::fromInt(Date::yearsBetween(*from, *to)));
        return arithmetic(ExpressionOperator::Subtract, node.offset, Value(*to), Value(*from));
    }
    case ExpressionFunction::Round: {
        const auto number = arguments[0].asNumber();
        const auto digits = arguments[1].asNumber();
        if (!number || !digits)
            return std::unexpected(typeError(node.offset, what + " needs two numbers, got " + arguments[0].typeName()
                + " and " + arguments[1].typeName()));
        const auto places = digits->toInt64();
        if (!places || *places < 0 || *places > Decimal::fractionDigits)
            return std::unexpected(ExpressionError{node.children[1]->offset, "bad-argument",
                what + " rounds to 0 to 6 decimals, got " + digits->toString()});
        return fromDecimal(number->round(static_cast<int>(*places)), node.offset, what);
    }
    case ExpressionFunction::Min:
    case ExpressionFunction::Max: {
        const Value& a = arguments[0];
        const Value& b = arguments[1];
        if (!sameType(a, b) || !(a.isNumber() || a.isDate()))
            return std::unexpected(typeError(node.offset, what + " needs two numbers or two dates, got " + a.typeName()
                + " and " + b.typeName()));
        const bool aFirst = order(a, b) <= 0;
        return node.function == ExpressionFunction::Min ? (aFirst ? a : b) : (aFirst ? b : a);
    }
    default:
        return std::unexpected(ExpressionError{node.offset, "unknown-function", "unknown function " + what});
    }
}

} // namespace helder::core
