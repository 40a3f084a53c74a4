#include "i18n/IcuText.hpp"

#include <unicode/ures.h>
#include <unicode/utypes.h>

#include <cstdint>

namespace helder::i18n {

icu::UnicodeString toUnicode(std::string_view utf8)
{
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
}

std::string toUtf8(const icu::UnicodeString& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

bool icuHasLocaleData(const icu::Locale& locale)
{
    if (locale.isBogus())
        return false;
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle* bundle = ures_open(nullptr, locale.getBaseName(), &status);
    const bool found = U_SUCCESS(status) && status != U_USING_DEFAULT_WARNING;
    ures_close(bundle);
    return found;
}

} // namespace helder::i18n
