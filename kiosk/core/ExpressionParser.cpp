#include "core/ExpressionParser.hpp"

#include <array>

namespace helder::core {
namespace {

struct FunctionSignature {
    std::string_view name;
    ExpressionFunction function;
    std::size_t minArguments;
    std::size_t maxArguments;
};

// count and sum are parsed separately (their first argument is a group name), date() too (it is a
// literal).
constexpr std::array<FunctionSignature, 9> plainFunctions{{
    {"today", ExpressionFunction::Today, 0, 0},
    {"age", ExpressionFunction::Age, 1, 1},
    {"years_between", ExpressionFunction::YearsBetween, 2, 2},
    {"days_between", ExpressionFunction::DaysBetween, 2, 2},
    {"answered", ExpressionFunction::Answered, 1, 1},
    {"round", ExpressionFunction::Round, 2, 2},
    {"min", ExpressionFunction::Min, 2, 2},
    {"max", ExpressionFunction::Max, 2, 2},
    {"if", ExpressionFunction::If, 3, 3},
}};

std::string argumentsText(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " argument" : " arguments");
}

std::optional<ExpressionOperator> comparisonOperator(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Equal: return ExpressionOperator::Equal;
    case TokenKind::NotEqual: return ExpressionOperator::NotEqual;
    case TokenKind::Less: return ExpressionOperator::Less;
    case TokenKind::LessEqual: return ExpressionOperator::LessEqual;
    case TokenKind::Greater: return ExpressionOperator::Greater;
    case TokenKind::GreaterEqual: return ExpressionOperator::GreaterEqual;
    default: return std::nullopt;
    }
}

bool isComparison(TokenKind kind)
{
    return comparisonOperator(kind).has_value() || kind == TokenKind::In;
}

} // namespace

std::expected<ParsedExpression, ExpressionError> ExpressionParser::parse(std::string_view source)
{
    if (source.size() > Expression::maxSourceBytes)
        return std::unexpected(ExpressionError{Expression::maxSourceBytes, "too-long",
            "expression is longer than " + std::to_string(Expression::maxSourceBytes) + " bytes"});
    auto tokens = tokenizeExpression(source);
    if (!tokens)
        return std::unexpected(tokens.error());

    ExpressionParser parser(std::move(*tokens));
    if (parser.at(TokenKind::End))
        return std::unexpected(ExpressionError{0, "syntax", "empty expression"});
    auto root = parser.parseOr();
    if (!root)
        return std::unexpected(root.error());
    if (!parser.at(TokenKind::End))
        return std::unexpected(ExpressionError{parser.current().offset, "syntax",
            "expected an operator or the end, found " + describeToken(parser.current())});
    return ParsedExpression{std::move(*root), std::move(parser.m_references), std::move(parser.m_groupReferences)};
}

std::expected<std::shared_ptr<ExpressionNode>, ExpressionError> ExpressionParser::makeNode(ExpressionNodeKind kind,
                                                                                            std::size_t offset)
{
    if (++m_nodes > Expression::maxNodes)
        return std::unexpected(ExpressionError{offset, "too-complex",
            "expression has more than " + std::to_string(Expression::maxNodes) + " parts"});
    auto node = std::make_shared<ExpressionNode>();
    node->kind = kind;
    node->offset = offset;
    return node;
}

std::optional<ExpressionError> ExpressionParser::enter(std::size_t offset)
{
    if (++m_depth > Expression::maxNestingDepth)
        return ExpressionError{offset, "too-deep",
            "expression is nested more than " + std::to_string(Expression::maxNestingDepth) + " levels deep"};
    return std::nullopt;
}

std::optional<ExpressionError> ExpressionParser::expect(TokenKind kind, const std::string& what)
{
    if (at(kind)) {
        advance();
        return std::nullopt;
    }
    return ExpressionError{current().offset, "syntax", "expected " + what + ", found " + describeToken(current())};
}

// `or` and `and` collect their operands into one node, so a long chain stays a shallow tree.
ExpressionParser::Result ExpressionParser::parseOr()
{
    auto first = parseAnd();
    if (!first || !at(TokenKind::Or))
        return first;
    auto node = makeNode(ExpressionNodeKind::Or, (*first)->offset);
    if (!node)
        return std::unexpected(node.error());
    (*node)->children.push_back(std::move(*first));
    while (at(TokenKind::Or)) {
        advance();
        auto next = parseAnd();
        if (!next)
            return next;
        (*node)->children.push_back(std::move(*next));
    }
    return *node;
}

ExpressionParser::Result ExpressionParser::parseAnd()
{
    auto first = parseNot();
    if (!first || !at(TokenKind::And))
        return first;
    auto node = makeNode(ExpressionNodeKind::And, (*first)->offset);
    if (!node)
        return std::unexpected(node.error());
    (*node)->children.push_back(std::move(*first));
    while (at(TokenKind::And)) {
        advance();
        auto next = parseNot();
        if (!next)
            return next;
        (*node)->children.push_back(std::move(*next));
    }
    return *node;
}

ExpressionParser::Result ExpressionParser::parseNot()
{
    if (!at(TokenKind::Not))
        return parseComparison();
    const std::size_t offset = advance().offset;
    if (auto error = enter(offset))
        return std::unexpected(*error);
    auto operand = parseNot();
    leave();
    if (!operand)
        return operand;
    auto node = makeNode(ExpressionNodeKind::Not, offset);
    if (!node)
        return std::unexpected(node.error());
    (*node)->children.push_back(std::move(*operand));
    return *node;
}

ExpressionParser::Result ExpressionParser::parseComparison()
{
    auto left = parseAdditive();
    if (!left || !isComparison(current().kind))
        return left;
    const Token& operatorToken = advance();
    const auto op = comparisonOperator(operatorToken.kind);

    auto node = makeNode(op ? ExpressionNodeKind::Compare : ExpressionNodeKind::In, operatorToken.offset);
    if (!node)
        return std::unexpected(node.error());
    auto right = !op && at(TokenKind::LeftBracket) ? parseList() : parseAdditive();
    if (!right)
        return right;
    if (isComparison(current().kind))
        return std::unexpected(ExpressionError{current().offset, "syntax",
            "comparisons cannot be chained; combine them with 'and'"});
    if (op) {
        (*node)->operators.push_back(*op);
        (*node)->operatorOffsets.push_back(operatorToken.offset);
    }
    (*node)->children.push_back(std::move(*left));
    (*node)->children.push_back(std::move(*right));
    return *node;
}

ExpressionParser::Result ExpressionParser::parseAdditive()
{
    auto first = parseMultiplicative();
    if (!first || !(at(TokenKind::Plus) || at(TokenKind::Minus)))
        return first;
    auto node = makeNode(ExpressionNodeKind::Arithmetic, (*first)->offset);
    if (!node)
        return std::unexpected(node.error());
    (*node)->children.push_back(std::move(*first));
    while (at(TokenKind::Plus) || at(TokenKind::Minus)) {
        const Token& operatorToken = advance();
        (*node)->operators.push_back(operatorToken.kind == TokenKind::Plus ? ExpressionOperator::Add
                                                                           : ExpressionOperator::Subtract);
        (*node)->operatorOffsets.push_back(operatorToken.offset);
        auto next = parseMultiplicative();
        if (!next)
            return next;
        (*node)->children.push_back(std::move(*next));
    }
    return *node;
}

ExpressionParser::Result ExpressionParser::parseMultiplicative()
{
    auto first = parseUnary();
    if (!first || !(at(TokenKind::Star) || at(TokenKind::Slash)))
        return first;
    auto node = makeNode(ExpressionNodeKind::Arithmetic, (*first)->offset);
    if (!node)
        return std::unexpected(node.error());
    (*node)->children.push_back(std::move(*first));
    while (at(TokenKind::Star) || at(TokenKind::Slash)) {
        const Token& operatorToken = advance();
        (*node)->operators.push_back(operatorToken.kind == TokenKind::Star ? ExpressionOperator::Multiply
                                                                           : ExpressionOperator::Divide);
        (*node)->operatorOffsets.push_back(operatorToken.offset);
        auto next = parseUnary();
        if (!next)
            return next;
        (*node)->children.push_back(std::move(*next));
    }
    return *node;
}

ExpressionParser::Result ExpressionParser::parseUnary()
{
    if (!at(TokenKind::Minus))
        return parsePrimary();
    const std::size_t offset = advance().offset;
    if (auto error = enter(offset))
        return std::unexpected(*error);
    auto operand = parseUnary();
    leave();
    if (!operand)
        return operand;
    auto node = makeNode(ExpressionNodeKind::Negate, offset);
    if (!node)
        return std::unexpected(node.error());
    (*node)->children.push_back(std::move(*operand));
    return *node;
}

ExpressionParser::Result ExpressionParser::parsePrimary()
{
    const Token& token = current();
    switch (token.kind) {
    case TokenKind::Number: {
        advance();
        const auto number = Decimal::parse(token.text);
        if (!number)
            return std::unexpected(ExpressionError{token.offset, "bad-number",
                "number " + token.text + " is too large or has more than 6 decimals"});
        auto node = makeNode(ExpressionNodeKind::Literal, token.offset);
        if (!node)
            return std::unexpected(node.error());
        (*node)->literal = Value(*number);
        return *node;
    }
    case TokenKind::String:
    case TokenKind::True:
    case TokenKind::False: {
        advance();
        auto node = makeNode(ExpressionNodeKind::Literal, token.offset);
        if (!node)
            return std::unexpected(node.error());
        (*node)->literal = token.kind == TokenKind::String ? Value(token.text) : Value(token.kind == TokenKind::True);
        return *node;
    }
    case TokenKind::Name: {
        advance();
        if (at(TokenKind::LeftParen))
            return parseCall(token);
        auto node = makeNode(ExpressionNodeKind::Name, token.offset);
        if (!node)
            return std::unexpected(node.error());
        (*node)->name = token.text;
        (*node)->nameOffset = token.offset;
        m_references.push_back(NameReference{token.text, token.offset, m_group});
        return *node;
    }
    case TokenKind::LeftParen: {
        advance();
        if (auto error = enter(token.offset))
            return std::unexpected(*error);
        auto inner = parseOr();
        leave();
        if (!inner)
            return inner;
        if (auto error = expect(TokenKind::RightParen, "')' to close '(' opened at " + std::to_string(token.offset)))
            return std::unexpected(*error);
        return inner;
    }
    case TokenKind::LeftBracket:
        return std::unexpected(ExpressionError{token.offset, "syntax", "a list [...] can only follow 'in'"});
    default:
        return std::unexpected(ExpressionError{token.offset, "syntax", "expected a value, found " + describeToken(token)});
    }
}

ExpressionParser::Result ExpressionParser::parseCall(const Token& nameToken)
{
    if (nameToken.text == "date")
        return parseDateLiteral(nameToken);
    if (nameToken.text == "count")
        return parseGroupCall(nameToken, ExpressionFunction::Count);
    if (nameToken.text == "sum")
        return parseGroupCall(nameToken, ExpressionFunction::Sum);

    const FunctionSignature* signature = nullptr;
    for (const auto& candidate : plainFunctions)
        if (candidate.name == nameToken.text)
            signature = &candidate;
    if (!signature)
        return std::unexpected(ExpressionError{nameToken.offset, "unknown-function",
            "unknown function '" + nameToken.text + "'"});

    const Token& open = advance();
    if (auto error = enter(open.offset))
        return std::unexpected(*error);
    auto node = makeNode(ExpressionNodeKind::Call, nameToken.offset);
    if (!node)
        return std::unexpected(node.error());
    (*node)->function = signature->function;
    if (!at(TokenKind::RightParen)) {
        while (true) {
            auto argument = parseOr();
            if (!argument)
                return argument;
            (*node)->children.push_back(std::move(*argument));
            if (!at(TokenKind::Comma))
                break;
            advance();
        }
    }
    leave();
    if (auto error = expect(TokenKind::RightParen, "',' or ')' to close '(' opened at " + std::to_string(open.offset)))
        return std::unexpected(*error);

    const std::size_t count = (*node)->children.size();
    if (count < signature->minArguments || count > signature->maxArguments)
        return std::unexpected(ExpressionError{nameToken.offset, "arity",
            nameToken.text + "() takes " + argumentsText(signature->minArguments) + ", got " + std::to_string(count)});
    return *node;
}

ExpressionParser::Result ExpressionParser::parseGroupCall(const Token& nameToken, ExpressionFunction function)
{
    const Token& open = advance();
    if (!at(TokenKind::Name))
        return std::unexpected(ExpressionError{current().offset, "bad-argument",
            nameToken.text + "() needs the name of a repeating group first, found " + describeToken(current())});
    const Token& group = advance();
    m_groupReferences.push_back(NameReference{group.text, group.offset, m_group});

    auto node = makeNode(ExpressionNodeKind::Call, nameToken.offset);
    if (!node)
        return std::unexpected(node.error());
    (*node)->function = function;
    (*node)->name = group.text;
    (*node)->nameOffset = group.offset;

    if (at(TokenKind::Comma)) {
        advance();
        if (auto error = enter(open.offset))
            return std::unexpected(*error);
        auto outerGroup = std::exchange(m_group, group.text);
        auto argument = parseOr();
        m_group = std::move(outerGroup);
        leave();
        if (!argument)
            return argument;
        (*node)->children.push_back(std::move(*argument));
    }
    if (at(TokenKind::Comma))
        return std::unexpected(ExpressionError{current().offset, "arity",
            nameToken.text + "() takes at most 2 arguments"});
    if (auto error = expect(TokenKind::RightParen, "')' to close '(' opened at " + std::to_string(open.offset)))
        return std::unexpected(*error);
    if (function == ExpressionFunction::Sum && (*node)->children.empty())
        return std::unexpected(ExpressionError{nameToken.offset, "arity",
            "sum() takes 2 arguments: sum(group, value of each member)"});
    return *node;
}

ExpressionParser::Result ExpressionParser::parseDateLiteral(const Token& nameToken)
{
    const Token& open = advance();
    const Token& text = current();
    if (!at(TokenKind::String))
        return std::unexpected(ExpressionError{text.offset, "bad-argument",
            "date() takes a date in quotes, as in date(\"2026-01-01\")"});
    advance();
    const auto date = Date::parseIso(text.text);
    if (!date)
        return std::unexpected(ExpressionError{text.offset, "bad-date",
            "'" + text.text + "' is not a real date in the form YYYY-MM-DD"});
    if (auto error = expect(TokenKind::RightParen, "')' to close '(' opened at " + std::to_string(open.offset)))
        return std::unexpected(*error);
    auto node = makeNode(ExpressionNodeKind::Literal, nameToken.offset);
    if (!node)
        return std::unexpected(node.error());
    (*node)->literal = Value(*date);
    return *node;
}

ExpressionParser::Result ExpressionParser::parseList()
{
    const Token& open = advance();
    if (auto error = enter(open.offset))
        return std::unexpected(*error);
    auto node = makeNode(ExpressionNodeKind::List, open.offset);
    if (!node)
        return std::unexpected(node.error());
    if (!at(TokenKind::RightBracket)) {
        while (true) {
            auto element = parseAdditive();
            if (!element)
                return element;
            (*node)->children.push_back(std::move(*element));
            if (!at(TokenKind::Comma))
                break;
            advance();
        }
    }
    leave();
    if (auto error = expect(TokenKind::RightBracket, "',' or ']' to close '[' opened at " + std::to_string(open.offset)))
        return std::unexpected(*error);
    return *node;
}

} // namespace helder::core
