#pragma once
// UTF-8 decoding for the validators (internal to core).

#include <optional>
#include <string>
#include <string_view>

namespace helder::core {

// The code points of well-formed UTF-8; std::nullopt for overlong forms, surrogates, stray or
// missing continuation bytes and values above U+10FFFF.
std::optional<std::u32string> decodeUtf8(std::string_view text);

} // namespace helder::core
