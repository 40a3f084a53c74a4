#include "core/ExpressionReader.hpp"

#include <algorithm>

namespace helder::core {

SourcePosition positionInExpression(SourcePosition quote, std::string_view source, std::size_t offset)
{
    const std::string_view before = source.substr(0, std::min(offset, source.size()));
    const auto codePoints = std::ranges::count_if(before,
        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    return SourcePosition{quote.line, quote.column + 1 + static_cast<int>(codePoints)};
}

std::optional<Expression> ExpressionReader::read(const JsonObjectReader& reader, std::string_view key,
                                                 Need need, ExpressionScope scope)
{
    const std::optional<std::string> text = reader.string(key, need);
    if (!text) {
        return std::nullopt;
    }
    const std::string pointer = reader.childPointer(key);
    const SourcePosition quote = reader.positionOf(key);
    auto parsed = Expression::parse(*text);
    if (!parsed) {
        reader.diagnostics().push_back(Diagnostic{Severity::Error, "expression-syntax",
            reader.source().fileName(), pointer, positionInExpression(quote, *text, parsed.error().offset),
            "expression: " + parsed.error().message + " (" + parsed.error().code + ")"});
        return std::nullopt;
    }
    m_uses.push_back(ExpressionUse{pointer, quote, *parsed, std::move(scope)});
    return std::move(*parsed);
}

} // namespace helder::core
