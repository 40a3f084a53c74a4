#include "text/CodePoints.hpp"

#include <unicode/uchar.h>

namespace helder::text {

bool needsGlyph(char32_t codePoint)
{
    const auto value = static_cast<UChar32>(codePoint);
    if (u_hasBinaryProperty(value, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
        return false;
    }
    const auto type = static_cast<UCharCategory>(u_charType(value));
    return type != U_CONTROL_CHAR && type != U_LINE_SEPARATOR && type != U_PARAGRAPH_SEPARATOR;
}

bool isEmojiPresentation(char32_t codePoint)
{
    return u_hasBinaryProperty(static_cast<UChar32>(codePoint), UCHAR_EMOJI_PRESENTATION);
}

} // namespace helder::text
