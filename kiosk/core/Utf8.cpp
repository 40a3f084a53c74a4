#include "core/Utf8.hpp"

namespace helder::core {

std::optional<std::u32string> decodeUtf8(std::string_view text)
{
    std::u32string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if (lead < 0x80) {
            length = 1;
            codePoint = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1Fu;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0Fu;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07u;
            minimum = 0x10000;
        } else {
            return std::nullopt;
        }
        if (i + length > text.size())
            return std::nullopt;
        for (std::size_t k = 1; k < length; ++k) {
            const auto continuation = static_cast<unsigned char>(text[i + k]);
            if ((continuation & 0xC0) != 0x80)
                return std::nullopt;
            codePoint = (codePoint << 6) | (continuation & 0x3Fu);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return std::nullopt;
        out += codePoint;
        i += length;
    }
    return out;
}

void appendUtf8(std::string& out, char32_t codePoint)
{
    const auto byte = [](char32_t value) { return static_cast<char>(static_cast<unsigned char>(value)); };
    if (codePoint < 0x80) {
        out += byte(codePoint);
    } else if (codePoint < 0x800) {
        out += byte(0xC0U | (codePoint >> 6U));
        out += byte(0x80U | (codePoint & 0x3FU));
    } else if (codePoint < 0x10000) {
        out += byte(0xE0U | (codePoint >> 12U));
        out += byte(0x80U | ((codePoint >> 6U) & 0x3FU));
        out += byte(0x80U | (codePoint & 0x3FU));
    } else {
        out += byte(0xF0U | (codePoint >> 18U));
        out += byte(0x80U | ((codePoint >> 12U) & 0x3FU));
        out += byte(0x80U | ((codePoint >> 6U) & 0x3FU));
        out += byte(0x80U | (codePoint & 0x3FU));
    }
}

std::string encodeUtf8(char32_t codePoint)
{
    std::string text;
    appendUtf8(text, codePoint);
    return text;
}

} // namespace helder::core
