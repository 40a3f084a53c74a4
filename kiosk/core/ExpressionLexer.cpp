#include "core/ExpressionLexer.hpp"

#include <array>
#include <utility>

namespace helder::core {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
bool isNameChar(char c) { return isNameStart(c) || isDigit(c); }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }

constexpr std::array<std::pair<std::string_view, TokenKind>, 6> keywords{{
    {"and", TokenKind::And}, {"or", TokenKind::Or}, {"not", TokenKind::Not},
    {"in", TokenKind::In}, {"true", TokenKind::True}, {"false", TokenKind::False},
}};

ExpressionError syntaxError(std::size_t offset, std::string message)
{
    return ExpressionError{offset, "syntax", std::move(message)};
}

} // namespace

std::string describeToken(const Token& token)
{
    switch (token.kind) {
    case TokenKind::Number: return "number " + token.text;
    case TokenKind::String: return "text '" + token.text + "'";
    case TokenKind::Name: return "name '" + token.text + "'";
    case TokenKind::And: return "'and'";
    case TokenKind::Or: return "'or'";
    case TokenKind::Not: return "'not'";
    case TokenKind::In: return "'in'";
    case TokenKind::True: return "'true'";
    case TokenKind::False: return "'false'";
    case TokenKind::LeftParen: return "'('";
    case TokenKind::RightParen: return "')'";
    case TokenKind::LeftBracket: return "'['";
    case TokenKind::RightBracket: return "']'";
    case TokenKind::Comma: return "','";
    case TokenKind::Plus: return "'+'";
    case TokenKind::Minus: return "'-'";
    case TokenKind::Star: return "'*'";
    case TokenKind::Slash: return "'/'";
    case TokenKind::Equal: return "'=='";
    case TokenKind::NotEqual: return "'!='";
    case TokenKind::Less: return "'<'";
    case TokenKind::LessEqual: return "'<='";
    case TokenKind::Greater: return "'>'";
    case TokenKind::GreaterEqual: return "'>='";
    case TokenKind::End: return "end of expression";
    }
    return "token";
}

std::expected<std::vector<Token>, ExpressionError> tokenizeExpression(std::string_view source)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    const auto peek = [&](std::size_t ahead) { return i + ahead < source.size() ? source[i + ahead] : '\0'; };
    const auto push = [&](TokenKind kind, std::size_t length) {
        tokens.push_back(Token{kind, i, std::string(source.substr(i, length))});
        i += length;
    };

    while (i < source.size()) {
        const char c = source[i];
        const std::size_t start = i;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else if (isDigit(c)) {
            while (isDigit(peek(0)))
                ++i;
            if (peek(0) == '.') {
                ++i;
                if (!isDigit(peek(0)))
                    return std::unexpected(ExpressionError{start, "bad-number",
                        "a number needs digits after its '.' (write 1.0 or 1)"});
                while (isDigit(peek(0)))
                    ++i;
            }
            if (isNameChar(peek(0)) || isUpper(peek(0)))
                return std::unexpected(syntaxError(i, "a name cannot start with a digit"));
            tokens.push_back(Token{TokenKind::Number, start, std::string(source.substr(start, i - start))});
        } else if (isNameStart(c) || isUpper(c)) {
            bool hasUpper = false;
            while (isNameChar(peek(0)) || isUpper(peek(0))) {
                hasUpper = hasUpper || isUpper(peek(0));
                ++i;
            }
            const std::string_view word = source.substr(start, i - start);
            if (hasUpper)
                return std::unexpected(syntaxError(start, "names are written in lower case: '" + std::string(word) + "'"));
            TokenKind kind = TokenKind::Name;
            for (const auto& [keyword, keywordKind] : keywords)
                if (word == keyword)
                    kind = keywordKind;
            tokens.push_back(Token{kind, start, std::string(word)});
        } else if (c == '\'' || c == '"') {
            std::string text;
            ++i;
            while (i < source.size() && source[i] != c) {
                if (source[i] == '\\' && i + 1 < source.size()
                    && (source[i + 1] == '\\' || source[i + 1] == '\'' || source[i + 1] == '"'))
                    ++i;
                text += source[i];
                ++i;
            }
            if (i >= source.size())
                return std::unexpected(syntaxError(start, std::string("text opened at ") + std::to_string(start)
                    + " has no closing " + (c == '"' ? "\"" : "'")));
            ++i;
            tokens.push_back(Token{TokenKind::String, start, std::move(text)});
        } else {
            switch (c) {
            case '(': push(TokenKind::LeftParen, 1); break;
            case ')': push(TokenKind::RightParen, 1); break;
            case '[': push(TokenKind::LeftBracket, 1); break;
            case ']': push(TokenKind::RightBracket, 1); break;
            case ',': push(TokenKind::Comma, 1); break;
            case '+': push(TokenKind::Plus, 1); break;
            case '-': push(TokenKind::Minus, 1); break;
            case '*': push(TokenKind::Star, 1); break;
            case '/': push(TokenKind::Slash, 1); break;
            case '<': peek(1) == '=' ? push(TokenKind::LessEqual, 2) : push(TokenKind::Less, 1); break;
            case '>': peek(1) == '=' ? push(TokenKind::GreaterEqual, 2) : push(TokenKind::Greater, 1); break;
            case '=':
                if (peek(1) != '=')
                    return std::unexpected(syntaxError(i, "use '==' to compare"));
                push(TokenKind::Equal, 2);
                break;
            case '!':
                if (peek(1) != '=')
                    return std::unexpected(syntaxError(i, "use 'not' for negation, '!=' for 'not equal'"));
                push(TokenKind::NotEqual, 2);
                break;
            default:
                if (static_cast<unsigned char>(c) >= 0x80)
                    return std::unexpected(syntaxError(i, "only ASCII is allowed outside quotes"));
                return std::unexpected(syntaxError(i, std::string("unexpected character '") + c + "'"));
            }
        }
    }
    tokens.push_back(Token{TokenKind::End, source.size(), {}});
    return tokens;
}

} // namespace helder::core
