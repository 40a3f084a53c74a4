#pragma once
// UTF-8 ↔ ICU UnicodeString, for the i18n sources only (ICU stays out of the public headers).

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>

namespace helder::i18n {

icu::UnicodeString toUnicode(std::string_view utf8);
std::string toUtf8(const icu::UnicodeString& text);

// A locale ICU has its own data for (not only the root fallback): "prs" has none, "fa_AF" has.
bool icuHasLocaleData(const icu::Locale& locale);

} // namespace helder::i18n
