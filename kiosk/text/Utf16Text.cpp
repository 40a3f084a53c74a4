#include "text/Utf16Text.hpp"

#include <algorithm>

namespace helder::text {

namespace {

constexpr char32_t replacementCharacter = 0xFFFD;

bool isContinuation(unsigned char byte) { return (byte & 0xC0U) == 0x80U; }

} // namespace

char32_t decodeUtf8(std::string_view text, std::size_t& offset)
{
    const auto lead = static_cast<unsigned char>(text[offset]);
    std::size_t length = 0;
    char32_t codePoint = 0;
    char32_t minimum = 0;
    if (lead < 0x80U) {
        ++offset;
        return lead;
    }
    if ((lead & 0xE0U) == 0xC0U) {
        length = 2; codePoint = lead & 0x1FU; minimum = 0x80;
    } else if ((lead & 0xF0U) == 0xE0U) {
        length = 3; codePoint = lead & 0x0FU; minimum = 0x800;
    } else if ((lead & 0xF8U) == 0xF0U) {
        length = 4; codePoint = lead & 0x07U; minimum = 0x10000;
    } else {
        ++offset;
        return replacementCharacter;
    }
    if (offset + length > text.size()) {
        ++offset;
        return replacementCharacter;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(text[offset + i]);
        if (!isContinuation(byte)) {
            ++offset;
            return replacementCharacter;
        }
        codePoint = (codePoint << 6U) | (byte & 0x3FU);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not characters.
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        ++offset;
        return replacementCharacter;
    }
    offset += length;
    return codePoint;
}


Utf16Text::Utf16Text(std::string_view utf8)
{
    m_units.reserve(utf8.size());
    m_byteOffsets.reserve(utf8.size() + 1);
    std::size_t offset = 0;
    while (offset < utf8.size()) {
        const std::size_t start = offset;
        const char32_t codePoint = decodeUtf8(utf8, offset);
        if (codePoint >= 0x10000) {
            const char32_t value = codePoint - 0x10000;
            m_units.push_back(static_cast<char16_t>(0xD800U + (value >> 10U)));
            m_units.push_back(static_cast<char16_t>(0xDC00U + (value & 0x3FFU)));
            m_byteOffsets.push_back(start);
            m_byteOffsets.push_back(start);
        } else {
            m_units.push_back(static_cast<char16_t>(codePoint));
            m_byteOffsets.push_back(start);
        }
    }
    m_byteOffsets.push_back(utf8.size());
}

std::size_t Utf16Text::unitIndex(std::size_t byte) const
{
    const auto found = std::lower_bound(m_byteOffsets.begin(), m_byteOffsets.end(), byte);
    return static_cast<std::size_t>(found - m_byteOffsets.begin());
}

void Utf16Text::replaceControlsWithSpaces()
{
    for (char16_t& unit : m_units) {
        const bool control = unit < 0x20 || (unit >= 0x7F && unit < 0xA0);
        if (control && unit != u'\n') {
            unit = u' ';
        }
    }
}

} // namespace helder::text
