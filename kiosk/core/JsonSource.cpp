#include "core/JsonSource.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

namespace helder::core {
namespace {

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// nlohmann's message without its position (we give line and column ourselves) and without the
// "last read" excerpt, which repeats the offending bytes: invalid UTF-8 among them would make the
// diagnostic itself invalid UTF-8. What stays says what is wrong: "ill-formed UTF-8 byte",
// "unexpected end of input", ...
std::string describeParseError(std::string_view what)
{
    if (const auto column = what.find("column "); column != std::string_view::npos) {
        if (const auto colon = what.find(": ", column); colon != std::string_view::npos) {
            what.remove_prefix(colon + 2);
        }
    }
    if (const auto lastRead = what.find("; last read"); lastRead != std::string_view::npos) {
        what = what.substr(0, lastRead);
    }
    return std::string(what);
}


bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t skipSpace(std::string_view text, std::size_t i)
{
    while (i < text.size() && isJsonSpace(text[i])) {
        ++i;
    }
    return i;
}

// Offset just past the string literal starting at `i` (which holds the opening quote).
std::size_t skipString(std::string_view text, std::size_t i)
{
    for (++i; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == '"') {
            return i + 1;
        }
    }
    return text.size();
}

std::size_t skipScalar(std::string_view text, std::size_t i)
{
    while (i < text.size() && !isJsonSpace(text[i]) && text[i] != ',' && text[i] != ']'
           && text[i] != '}') {
        ++i;
    }
    return i;
}

// Offset of the first bracket that nests deeper than `limit`, outside string literals.
std::optional<std::size_t> tooDeepAt(std::string_view text, std::size_t limit)
{
    std::size_t depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            i = skipString(text, i) - 1;
        } else if (c == '{' || c == '[') {
            if (++depth > limit) {
                return i;
            }
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

// nlohmann reports a syntax error after reading the whole offending token; staff look for where
// the token starts (a missing comma shows as the next key being unexpected).
std::size_t tokenStart(std::string_view text, std::size_t last)
{
    if (last >= text.size()) {
        return text.size();
    }
    if (text[last] == '"') {
        for (std::size_t i = last; i-- > 0;) {
            if (text[i] == '"' && (i == 0 || text[i - 1] != '\\')) {
                return i;
            }
        }
        return last;
    }
    const auto isWordChar = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-';
    };
    std::size_t start = last;
    while (start > 0 && isWordChar(text[start]) && isWordChar(text[start - 1])) {
        --start;
    }
    return start;
}

} // namespace

SourcePosition positionInText(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    SourcePosition position{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++position.column;
        }
    }
    return position;
}

namespace {

// Where the number of nlohmann's "number overflow parsing '1E400'" message stands in the text.
std::size_t overflowingNumberAt(std::string_view text, std::string_view message)
{
    const std::string_view quote = "parsing '";
    const std::size_t begin = message.find(quote);
    const std::size_t end = message.rfind('\'');
    if (begin == std::string_view::npos || end == std::string_view::npos || end <= begin + quote.size()) {
        return 0;
    }
    const std::size_t at = text.find(message.substr(begin + quote.size(), end - begin - quote.size()));
    return at == std::string_view::npos ? 0 : at;
}

} // namespace

std::expected<JsonSource, Diagnostic> JsonSource::parse(std::string fileName, std::string_view text)
{
    auto syntaxError = [&](std::size_t offset, std::string message) {
        return std::unexpected(Diagnostic{Severity::Error, "json-syntax", fileName, "",
                                          positionInText(text, offset), std::move(message)});
    };
    if (auto deep = tooDeepAt(text, maxDepth)) {
        return syntaxError(*deep, "nesting deeper than " + std::to_string(maxDepth) + " levels");
    }

    JsonSource source;
    try {
        source.m_root = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        return syntaxError(tokenStart(text, e.byte > 0 ? e.byte - 1 : 0), "invalid JSON: " + describeParseError(e.what()));
    } catch (const nlohmann::json::out_of_range& e) {
        // A number beyond a double's range ("1E400"): nlohmann names it, but not where it is.
        return syntaxError(overflowingNumberAt(text, e.what()), "invalid JSON: a number too large to read");
    }
    source.m_fileName = std::move(fileName);
    source.m_text = text;
    source.m_lineStarts.push_back(0);
    std::size_t codePoints = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % codePointBlock == 0) {
            source.m_codePointsBeforeBlock.push_back(codePoints);
        }
        if (text[i] == '\n') {
            source.m_lineStarts.push_back(i + 1);
        }
        if (!isContinuationByte(text[i])) {
            ++codePoints;
        }
    }

    // The text is valid JSON now: walk it once, iteratively, recording where each pointer starts.
    struct Frame {
        std::string pointer;
        bool isArray;
        std::size_t index;
        std::set<std::string> keys;
    };
    std::vector<Frame> stack;
    std::string pending;
    std::size_t pendingKey = skipSpace(text, 0);
    bool expectValue = true;
    std::size_t i = 0;

    // nlohmann keeps the last of two equal keys without a word; staff would never see the first.
    std::optional<Diagnostic> duplicate;
    auto readKey = [&](Frame& frame) {
        const std::size_t keyStart = i;
        const std::size_t keyEnd = skipString(text, i);
        const auto key = nlohmann::json::parse(text.substr(keyStart, keyEnd - keyStart)).get<std::string>();
        if (!frame.keys.insert(key).second && !duplicate) {
            duplicate = Diagnostic{Severity::Error, "duplicate-key", source.m_fileName,
                                   childPointer(frame.pointer, key), positionInText(text, keyStart),
                                   "the key \"" + key + "\" appears twice in this object"};
        }
        i = skipSpace(text, keyEnd) + 1; // past ':'
        pending = childPointer(frame.pointer, key);
        pendingKey = keyStart;
        expectValue = true;
    };

    while (true) {
        i = skipSpace(text, i);
        if (i >= text.size()) {
            break;
        }
        if (expectValue) {
            source.m_locations[pending] = Location{pendingKey, i};
            const char c = text[i];
            if (c == '{' || c == '[') {
                stack.push_back(Frame{pending, c == '[', 0, {}});
                i = skipSpace(text, i + 1);
                if (text[i] == '}' || text[i] == ']') {
                    stack.pop_back();
                    ++i;
                    expectValue = false;
                } else if (c == '[') {
                    pending = childPointer(stack.back().pointer, std::size_t{0});
                    pendingKey = i;
                } else {
                    readKey(stack.back());
                }
                continue;
            }
            i = c == '"' ? skipString(text, i) : skipScalar(text, i);
            expectValue = false;
            continue;
        }
        if (stack.empty()) {
            break;
        }
        Frame& frame = stack.back();
        if (text[i] == ',') {
            i = skipSpace(text, i + 1);
            if (frame.isArray) {
                pending = childPointer(frame.pointer, ++frame.index);
                pendingKey = i;
                expectValue = true;
            } else {
                readKey(frame);
            }
            continue;
        }
        stack.pop_back(); // '}' or ']'
        ++i;
    }
    if (duplicate) {
        return std::unexpected(std::move(*duplicate));
    }
    return source;
}

const JsonSource::Location* JsonSource::find(std::string_view pointer) const
{
    std::string current(pointer);
    while (true) {
        if (auto it = m_locations.find(current); it != m_locations.end()) {
            return &it->second;
        }
        if (current.empty()) {
            return nullptr;
        }
        current.erase(current.rfind('/'));
    }
}

SourcePosition JsonSource::positionAt(std::size_t offset) const
{
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const std::size_t lineStart = *(next - 1);
    const auto line = static_cast<int>(next - m_lineStarts.begin());
    const auto column = static_cast<int>(codePointsBefore(offset) - codePointsBefore(lineStart)) + 1;
    return SourcePosition{line, column};
}

std::size_t JsonSource::codePointsBefore(std::size_t offset) const
{
    offset = std::min(offset, m_text.size());
    if (m_codePointsBeforeBlock.empty()) {
        return 0;
    }
    // The end of a text whose size is a multiple of the block has no block of its own.
    const std::size_t block = std::min(offset / codePointBlock, m_codePointsBeforeBlock.size() - 1);
    std::size_t count = m_codePointsBeforeBlock[block];
    for (std::size_t i = block * codePointBlock; i < offset; ++i) {
        if (!isContinuationByte(m_text[i])) {
            ++count;
        }
    }
    return count;
}

SourcePosition JsonSource::positionOf(std::string_view pointer) const
{
    const Location* location = find(pointer);
    return location ? positionAt(location->valueOffset) : SourcePosition{};
}

SourcePosition JsonSource::keyPositionOf(std::string_view pointer) const
{
    const Location* location = find(pointer);
    return location ? positionAt(location->keyOffset) : SourcePosition{};
}

Diagnostic JsonSource::error(std::string code, std::string pointer, std::string message) const
{
    const SourcePosition position = positionOf(pointer);
    return Diagnostic{Severity::Error, std::move(code), m_fileName, std::move(pointer), position,
                      std::move(message)};
}

Diagnostic JsonSource::warning(std::string code, std::string pointer, std::string message) const
{
    Diagnostic diagnostic = error(std::move(code), std::move(pointer), std::move(message));
    diagnostic.severity = Severity::Warning;
    return diagnostic;
}

Diagnostic JsonSource::keyError(std::string code, std::string pointer, std::string message) const
{
    const SourcePosition position = keyPositionOf(pointer);
    return Diagnostic{Severity::Error, std::move(code), m_fileName, std::move(pointer), position,
                      std::move(message)};
}

std::string JsonSource::childPointer(std::string_view parent, std::string_view key)
{
    std::string pointer(parent);
    pointer += '/';
    for (const char c : key) {
        if (c == '~') {
            pointer += "~0";
        } else if (c == '/') {
            pointer += "~1";
        } else {
            pointer += c;
        }
    }
    return pointer;
}

std::string JsonSource::childPointer(std::string_view parent, std::size_t index)
{
    return std::string(parent) + '/' + std::to_string(index);
}

} // namespace helder::core
