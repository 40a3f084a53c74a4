#pragma once
// A parsed JSON file that still knows where every key and value stood in the text, so that
// errors found after parsing (an unknown key, a wrong type, a missing translation) can name
// the line and column. nlohmann/json 3.11 keeps positions only for syntax errors.

#include "core/Diagnostic.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <expected>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace helder::core {

class JsonSource {
public:
    // Deeper nesting than any template, language file or config needs; refused before parsing
    // so hostile input cannot exhaust the stack.
    static constexpr std::size_t maxDepth = 64;

    // A syntax error, a key repeated within one object, or nesting deeper than maxDepth, comes
    // back as one Diagnostic with
    // file, line and column.
    static std::expected<JsonSource, Diagnostic> parse(std::string fileName, std::string_view text);

    const nlohmann::json& root() const { return m_root; }
    const std::string& fileName() const { return m_fileName; }

    // Where the value at a JSON pointer ("/questions/3/type") starts; for a pointer that does not
    // exist, the position of its nearest existing ancestor.
    SourcePosition positionOf(std::string_view pointer) const;
    // Where the key naming that value starts (for "unknown key" errors); the value's position
    // for array elements and the root.
    SourcePosition keyPositionOf(std::string_view pointer) const;

    Diagnostic error(std::string code, std::string pointer, std::string message) const;
    Diagnostic warning(std::string code, std::string pointer, std::string message) const;
    // An error placed on the key rather than on its value.
    Diagnostic keyError(std::string code, std::string pointer, std::string message) const;

    // "/a/b" + "c/d" → "/a/b/c~1d" (RFC 6901 escaping).
    static std::string childPointer(std::string_view parent, std::string_view key);
    static std::string childPointer(std::string_view parent, std::size_t index);

private:
    struct Location {
        std::size_t keyOffset;
        std::size_t valueOffset;
    };

    JsonSource() = default;
    SourcePosition positionAt(std::size_t offset) const;
    std::size_t codePointsBefore(std::size_t offset) const;
    const Location* find(std::string_view pointer) const;

    std::string m_fileName;
    std::string m_text;
    nlohmann::json m_root;
    std::vector<std::size_t> m_lineStarts;
    // Code points before each block of codePointBlock bytes, so that a column costs at most one
    // block's scan even on a file written as one long line (otherwise checking is quadratic).
    static constexpr std::size_t codePointBlock = 256;
    std::vector<std::size_t> m_codePointsBeforeBlock;
    std::unordered_map<std::string, Location> m_locations;
};

// Line and column (1-based, column in code points) of a byte offset in UTF-8 text.
SourcePosition positionInText(std::string_view text, std::size_t offset);

} // namespace helder::core
