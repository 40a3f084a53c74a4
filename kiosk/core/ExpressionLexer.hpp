#pragma once
// Splits expression source into tokens (internal to core).

#include "core/Expression.hpp"

#include <cstddef>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace helder::core {

enum class TokenKind {
    Number, String, Name,
    And, Or, Not, In, True, False,
    LeftParen, RightParen, LeftBracket, RightBracket, Comma,
    Plus, Minus, Star, Slash,
    Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual,
    End,
};

struct Token {
    TokenKind kind = TokenKind::End;
    std::size_t offset = 0;
    std::string text; // the number or name as written, the string's content after escapes
};

// How a token is named in an error message: "')'", "name 'income'", "end of expression".
std::string describeToken(const Token& token);

// The tokens of `source`, ending with an End token.
std::expected<std::vector<Token>, ExpressionError> tokenizeExpression(std::string_view source);

} // namespace helder::core
