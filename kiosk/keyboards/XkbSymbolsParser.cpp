#include "keyboards/XkbSymbolsParser.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>

namespace helder::keyboards {

namespace {

enum class TokenKind { Word, String, KeyName, Punct, End };

struct Token {
    TokenKind kind = TokenKind::End;
    std::string text;
    core::SourcePosition position;
};

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '+'
        || c == '-';
}

class Tokenizer {
public:
    explicit Tokenizer(std::string_view text) : m_text(text) {}

    std::expected<std::vector<Token>, std::pair<core::SourcePosition, std::string>> run()
    {
        std::vector<Token> tokens;
        while (true) {
            skipSpaceAndComments();
            Token token;
            token.position = {m_line, m_column};
            if (m_offset >= m_text.size()) {
                tokens.push_back(std::move(token));
                return tokens;
            }
            const char c = m_text[m_offset];
            if (c == '"') {
                token.kind = TokenKind::String;
                advance();
                while (m_offset < m_text.size() && m_text[m_offset] != '"' && m_text[m_offset] != '\n')
                    token.text += advance();
                if (m_offset >= m_text.size() || m_text[m_offset] != '"')
                    return std::unexpected(std::pair{token.position, std::string("unterminated string")});
                advance();
            } else if (c == '<') {
                token.kind = TokenKind::KeyName;
                advance();
                while (m_offset < m_text.size() && m_text[m_offset] != '>' && m_text[m_offset] != '\n')
                    token.text += advance();
                if (m_offset >= m_text.size() || m_text[m_offset] != '>')
                    return std::unexpected(std::pair{token.position, std::string("unterminated key name")});
                advance();
            } else if (isWordChar(c)) {
                token.kind = TokenKind::Word;
                while (m_offset < m_text.size() && isWordChar(m_text[m_offset]))
                    token.text += advance();
            } else if (std::string_view("{}[]()=;,.!").find(c) != std::string_view::npos) {
                token.kind = TokenKind::Punct;
                token.text = advance();
            } else {
                return std::unexpected(std::pair{token.position, std::string("unexpected character")});
            }
            tokens.push_back(std::move(token));
        }
    }

private:
    char advance()
    {
        const char c = m_text[m_offset++];
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        return c;
    }

    void skipSpaceAndComments()
    {
        while (m_offset < m_text.size()) {
            const std::string_view rest = m_text.substr(m_offset);
            if (rest.front() == ' ' || rest.front() == '\t' || rest.front() == '\r' || rest.front() == '\n') {
                advance();
            } else if (rest.starts_with("//") || rest.front() == '#') {
                while (m_offset < m_text.size() && m_text[m_offset] != '\n')
                    advance();
            } else if (rest.starts_with("/*")) {
                advance();
                advance();
                while (m_offset < m_text.size() && !m_text.substr(m_offset).starts_with("*/"))
                    advance();
                if (m_offset < m_text.size()) {
                    advance();
                    advance();
                }
            } else {
                return;
            }
        }
    }

    std::string_view m_text;
    std::size_t m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

// Splits "us(basic)+level3(ralt_switch)" into its parts; a part bound to another group
// ("us:2") is left out, because the kiosk shows group 1 only.
std::optional<std::vector<XkbInclude>> splitInclude(std::string_view text, MergeMode firstMode)
{
    std::vector<XkbInclude> includes;
    MergeMode mode = firstMode;
    while (!text.empty()) {
        const std::size_t separator = text.find_first_of("+|", 1);
        std::string_view part = text.substr(0, separator);
        if (part.front() == '+' || part.front() == '|') {
            mode = part.front() == '+' ? MergeMode::Override : MergeMode::Augment;
            part.remove_prefix(1);
        }
        text.remove_prefix(separator == std::string_view::npos ? text.size() : separator);
        bool otherGroup = false;
        if (const std::size_t colon = part.find(':'); colon != std::string_view::npos) {
            otherGroup = part.substr(colon + 1) != "1";
            part = part.substr(0, colon);
        }
        XkbInclude include;
        include.mode = mode;
        if (const std::size_t open = part.find('('); open != std::string_view::npos) {
            if (!part.ends_with(')'))
                return std::nullopt;
            include.variant = std::string(part.substr(open + 1, part.size() - open - 2));
            part = part.substr(0, open);
        }
        include.file = std::string(part);
        if (include.file.empty())
            return std::nullopt;
        if (!otherGroup)
            includes.push_back(std::move(include));
    }
    return includes;
}

class Parser {
public:
    Parser(std::string fileName, std::vector<Token> tokens)
        : m_fileName(std::move(fileName)), m_tokens(std::move(tokens))
    {
    }

    std::expected<std::vector<XkbVariant>, core::Diagnostic> run()
    {
        std::vector<XkbVariant> variants;
        while (peek().kind != TokenKind::End) {
            XkbVariant variant;
            while (peek().kind == TokenKind::Word && peek().text != "xkb_symbols") {
                if (next().text == "default")
                    variant.isDefault = true;
            }
            if (!acceptWord("xkb_symbols"))
                return fail("expected xkb_symbols");
            if (peek().kind != TokenKind::String)
                return fail("expected the variant's name in quotes");
            variant.name = next().text;
            if (!acceptPunct("{"))
                return fail("expected {");
            while (!acceptPunct("}")) {
                if (peek().kind == TokenKind::End)
                    return fail("missing } at the end of xkb_symbols \"" + variant.name + "\"");
                if (auto failed = statement(variant.statements))
                    return std::unexpected(std::move(*failed));
            }
            acceptPunct(";");
            variants.push_back(std::move(variant));
        }
        return variants;
    }

private:
    using Failure = std::optional<core::Diagnostic>;

    const Token& peek(std::size_t ahead = 0) const
    {
        return m_tokens[std::min(m_position + ahead, m_tokens.size() - 1)];
    }
    const Token& next()
    {
        const Token& token = peek();
        if (m_position + 1 < m_tokens.size())
            ++m_position;
        return token;
    }
    bool acceptPunct(std::string_view punct)
    {
        if (peek().kind != TokenKind::Punct || peek().text != punct)
            return false;
        next();
        return true;
    }
    bool acceptWord(std::string_view word)
    {
        if (peek().kind != TokenKind::Word || peek().text != word)
            return false;
        next();
        return true;
    }

    core::Diagnostic diagnostic(std::string message) const
    {
        core::Diagnostic result;
        result.code = "xkb-syntax";
        result.file = m_fileName;
        result.position = peek().position;
        result.message = std::move(message);
        return result;
    }
    std::unexpected<core::Diagnostic> fail(std::string message) const
    {
        return std::unexpected(diagnostic(std::move(message)));
    }

    Failure statement(std::vector<XkbStatement>& statements)
    {
        const Token& first = peek();
        const bool mergeWord = first.kind == TokenKind::Word
            && (first.text == "include" || first.text == "override" || first.text == "augment"
                || first.text == "replace");
        if (mergeWord && peek(1).kind == TokenKind::String) {
            const MergeMode mode = first.text == "augment" ? MergeMode::Augment : MergeMode::Override;
            next();
            const Token& target = next();
            auto includes = splitInclude(target.text, mode);
            if (!includes) {
                core::Diagnostic error = diagnostic("cannot read the include \"" + target.text + "\"");
                error.position = target.position;
                return error;
            }
            for (auto& include : *includes)
                statements.emplace_back(std::move(include));
            acceptPunct(";");
            return std::nullopt;
        }
        MergeMode keyMode = MergeMode::Override;
        if (mergeWord && peek(1).kind == TokenKind::Word && peek(1).text == "key") {
            keyMode = first.text == "augment" ? MergeMode::Augment : MergeMode::Override;
            next();
        }
        if (peek().kind == TokenKind::Word && peek().text == "key" && peek(1).kind == TokenKind::KeyName) {
            next();
            XkbKey key;
            key.name = next().text;
            key.mode = keyMode;
            if (!acceptPunct("{"))
                return diagnostic("expected { after <" + key.name + ">");
            if (auto failed = keyBody(key))
                return failed;
            if (!acceptPunct(";"))
                return diagnostic("expected ; after the definition of <" + key.name + ">");
            statements.emplace_back(std::move(key));
            return std::nullopt;
        }
        return skipStatement();
    }

    // Everything between "key <X> {" and its "}": only group 1's symbols are kept.
    Failure keyBody(XkbKey& key)
    {
        bool haveSymbols = false;
        while (!acceptPunct("}")) {
            if (peek().kind == TokenKind::End)
                return diagnostic("missing } in the definition of <" + key.name + ">");
            if (peek().kind == TokenKind::Punct && peek().text == "[") {
                // An unnamed list is the next group's symbols: the first is group 1.
                auto levels = symbolList();
                if (!levels)
                    return levels.error();
                if (!haveSymbols)
                    key.levels = *levels;
                haveSymbols = true;
            } else if (peek().kind == TokenKind::Word) {
                const std::string field = next().text;
                std::string group;
                if (acceptPunct("[")) {
                    while (peek().kind == TokenKind::Word)
                        group += next().text;
                    if (!acceptPunct("]"))
                        return diagnostic("expected ] after the group of " + field);
                }
                if (!acceptPunct("="))
                    return diagnostic("expected = after " + field);
                const bool groupOne = group.empty() || group == "Group1" || group == "group1" || group == "1";
                if (field == "symbols" && peek().kind == TokenKind::Punct && peek().text == "[") {
                    auto levels = symbolList();
                    if (!levels)
                        return levels.error();
                    if (groupOne) {
                        key.levels = *levels;
                        haveSymbols = true;
                    }
                } else if (auto failed = skipValue()) {
                    return failed;
                }
            } else {
                return diagnostic("unexpected \"" + peek().text + "\" in the definition of <" + key.name + ">");
            }
            if (!acceptPunct(",") && !(peek().kind == TokenKind::Punct && peek().text == "}"))
                return diagnostic("expected , or } in the definition of <" + key.name + ">");
        }
        return std::nullopt;
    }

    // "[ a, A, aogonek, Aogonek ]"; levels past the fourth are dropped, and a level holding
    // several keysyms ("{ a, b }") counts as none, because one tap types one character.
    std::expected<KeyLevels, core::Diagnostic> symbolList()
    {
        KeyLevels levels;
        std::size_t level = 0;
        next(); // [
        while (!acceptPunct("]")) {
            std::string symbol;
            if (acceptPunct("{")) {
                while (!acceptPunct("}")) {
                    if (peek().kind == TokenKind::End || (peek().kind == TokenKind::Punct && peek().text != ","
                                                          && peek().text != "}"))
                        return std::unexpected(diagnostic("unexpected \"" + peek().text + "\" in a keysym list"));
                    next();
                }
            } else if (peek().kind == TokenKind::Word) {
                // NoSymbol leaves a level to what an include put there; VoidSymbol, which
                // types nothing, clears it.
                symbol = next().text;
                if (symbol == "NoSymbol")
                    symbol.clear();
            } else {
                return std::unexpected(diagnostic("expected a keysym, found \"" + peek().text + "\""));
            }
            if (level < levels.size())
                levels[level] = std::move(symbol);
            ++level;
            if (!acceptPunct(",") && !(peek().kind == TokenKind::Punct && peek().text == "]"))
                return std::unexpected(diagnostic("expected , or ] between keysyms"));
        }
        return levels;
    }

    // A field value the kiosk does not use: a string, a word, or a bracketed list. Stops before
    // the "," or "}" that ends it.
    Failure skipValue()
    {
        int depth = 0;
        while (true) {
            const Token& token = peek();
            if (token.kind == TokenKind::End)
                return diagnostic("unexpected end of file");
            if (token.kind == TokenKind::Punct) {
                if (depth == 0 && (token.text == "," || token.text == "}" || token.text == ";"))
                    return std::nullopt;
                if (token.text == "[" || token.text == "(" || token.text == "{")
                    ++depth;
                else if (token.text == "]" || token.text == ")" || token.text == "}")
                    --depth;
                if (depth < 0)
                    return diagnostic("unbalanced \"" + token.text + "\"");
            }
            next();
        }
    }

    // name[Group1] = "...";  modifier_map Mod5 { <LVL3> };  key.type = "...";
    Failure skipStatement()
    {
        int depth = 0;
        while (true) {
            const Token& token = peek();
            if (token.kind == TokenKind::End)
                return diagnostic("unexpected end of file in a statement");
            if (token.kind == TokenKind::Punct) {
                if (token.text == "[" || token.text == "(" || token.text == "{")
                    ++depth;
                else if (token.text == "]" || token.text == ")" || token.text == "}")
                    --depth;
                if (depth < 0)
                    return diagnostic("unbalanced \"" + token.text + "\"");
                if (depth == 0 && token.text == ";") {
                    next();
                    return std::nullopt;
                }
            }
            next();
        }
    }

    std::string m_fileName;
    std::vector<Token> m_tokens;
    std::size_t m_position = 0;
};

} // namespace

std::expected<std::vector<XkbVariant>, core::Diagnostic> XkbSymbolsParser::parse(std::string fileName,
                                                                                 std::string_view text)
{
    auto tokens = Tokenizer(text).run();
    if (!tokens) {
        core::Diagnostic error;
        error.code = "xkb-syntax";
        error.file = std::move(fileName);
        error.position = tokens.error().first;
        error.message = tokens.error().second;
        return std::unexpected(std::move(error));
    }
    return Parser(std::move(fileName), std::move(*tokens)).run();
}

} // namespace helder::keyboards
