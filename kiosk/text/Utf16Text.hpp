#pragma once
// UTF-8 source text converted to UTF-16 for ICU and HarfBuzz, with the way back to byte offsets.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace helder::text {

class Utf16Text {
public:
    explicit Utf16Text(std::string_view utf8);

    [[nodiscard]] const std::u16string& units() const { return m_units; }
    [[nodiscard]] std::size_t size() const { return m_units.size(); }

    // Byte offset in the UTF-8 source of the code point holding UTF-16 index `index`;
    // index == size() maps to the source length.
    [[nodiscard]] std::size_t byteOffset(std::size_t index) const { return m_byteOffsets[index]; }

    // The UTF-16 index of the code point starting at or after byte offset `byte`.
    [[nodiscard]] std::size_t unitIndex(std::size_t byte) const;

    // Tabs, carriage returns and other C0/C1 controls (line feeds aside) become spaces: fonts
    // have no glyph for them and would draw a box.
    void replaceControlsWithSpaces();

private:
    std::u16string m_units;
    std::vector<std::size_t> m_byteOffsets; // one per unit, plus the end
};

// Decodes one code point at `offset`; invalid or truncated sequences give U+FFFD and one byte.
char32_t decodeUtf8(std::string_view text, std::size_t& offset);

} // namespace helder::text
