#pragma once
// Recursive-descent parser for the expression language (internal to core). Recursion is bounded by
// Expression::maxNestingDepth and the tree by Expression::maxNodes, so hostile input ends in an error,
// not a stack overflow.

#include "core/Expression.hpp"
#include "core/ExpressionLexer.hpp"
#include "core/ExpressionNode.hpp"

#include <cstddef>
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace helder::core {

struct ParsedExpression {
    ExpressionNode::Pointer root;
    std::vector<NameReference> references;
    std::vector<NameReference> groupReferences;
};

class ExpressionParser {
public:
    static std::expected<ParsedExpression, ExpressionError> parse(std::string_view source);

private:
    using Result = std::expected<ExpressionNode::Pointer, ExpressionError>;

    explicit ExpressionParser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    Result parseOr();
    Result parseAnd();
    Result parseNot();
    Result parseComparison();
    Result parseAdditive();
    Result parseMultiplicative();
    Result parseUnary();
    Result parsePrimary();
    Result parseCall(const Token& nameToken);
    Result parseGroupCall(const Token& nameToken, ExpressionFunction function);
    Result parseDateLiteral(const Token& nameToken);
    Result parseList();

    // Counts a node against Expression::maxNodes.
    std::expected<std::shared_ptr<ExpressionNode>, ExpressionError> makeNode(ExpressionNodeKind kind,
                                                                             std::size_t offset);
    std::optional<ExpressionError> enter(std::size_t offset);
    void leave() { --m_depth; }
    std::optional<ExpressionError> expect(TokenKind kind, const std::string& what);

    const Token& current() const { return m_tokens[m_position]; }
    const Token& advance() { return m_tokens[m_position++]; }
    bool at(TokenKind kind) const { return current().kind == kind; }

    std::vector<Token> m_tokens;
    std::size_t m_position = 0;
    std::size_t m_depth = 0;
    std::size_t m_nodes = 0;
    std::optional<std::string> m_group; // set inside the second argument of count/sum
    std::vector<NameReference> m_references;
    std::vector<NameReference> m_groupReferences;
};

} // namespace helder::core
