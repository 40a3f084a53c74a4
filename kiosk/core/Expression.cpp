#include "core/Expression.hpp"

#include "core/ExpressionEvaluator.hpp"
#include "core/ExpressionParser.hpp"

namespace helder::core {

Expression::Expression(std::string source, std::shared_ptr<const ExpressionNode> root,
                       std::vector<NameReference> references, std::vector<NameReference> groupReferences)
    : m_source(std::move(source)), m_root(std::move(root)), m_references(std::move(references)),
      m_groupReferences(std::move(groupReferences))
{
}

std::expected<Expression, ExpressionError> Expression::parse(std::string_view source)
{
    auto parsed = ExpressionParser::parse(source);
    if (!parsed)
        return std::unexpected(parsed.error());
    return Expression(std::string(source), std::move(parsed->root), std::move(parsed->references),
                      std::move(parsed->groupReferences));
}

std::expected<Value, ExpressionError> Expression::evaluate(const Scope& scope) const
{
    ExpressionEvaluator evaluator(scope);
    return evaluator.evaluate(*m_root);
}

} // namespace helder::core
