#include "text/Bidi.hpp"

#include "core/Utf8.hpp"

#include "text/Utf16Text.hpp"

#include <unicode/ubidi.h>

namespace helder::text {

namespace {

// Embeddings, overrides and isolates: one unmatched in typed text would leak out of the isolate.
bool isBidiControl(char32_t codePoint)
{
    return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

} // namespace

std::string isolate(std::string_view userText)
{
    std::string result;
    result.reserve(userText.size() + 6);
    core::appendUtf8(result, U'\u2068');
    std::size_t offset = 0;
    while (offset < userText.size()) {
        const std::size_t start = offset;
        const char32_t codePoint = decodeUtf8(userText, offset);
        if (!isBidiControl(codePoint)) {
            result.append(userText.substr(start, offset - start));
        }
    }
    core::appendUtf8(result, U'\u2069');
    return result;
}

BaseDirection detectDirection(std::string_view text)
{
    const Utf16Text units(text);
    const UBiDiDirection direction =
        ubidi_getBaseDirection(units.units().data(), static_cast<int32_t>(units.size()));
    return direction == UBIDI_RTL ? BaseDirection::RightToLeft : BaseDirection::LeftToRight;
}

} // namespace helder::text
