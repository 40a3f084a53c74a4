#pragma once
// UTF-8 for every area: decoding for the validators, encoding of single code points.

#include <optional>
#include <string>
#include <string_view>

namespace helder::core {

// The code points of well-formed UTF-8; std::nullopt for overlong forms, surrogates, stray or
// missing continuation bytes and values above U+10FFFF.
std::optional<std::u32string> decodeUtf8(std::string_view text);

// Appends one Unicode scalar value (no surrogate, at most U+10FFFF) as UTF-8.
void appendUtf8(std::string& out, char32_t codePoint);

// One Unicode scalar value as UTF-8.
std::string encodeUtf8(char32_t codePoint);

} // namespace helder::core
