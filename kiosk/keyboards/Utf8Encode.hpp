#pragma once
// One code point as UTF-8, for the key labels built from keysyms and the Ethiopic block.

#include <string>

namespace helder::keyboards {

// The caller passes a Unicode scalar value (no surrogates, at most U+10FFFF).
[[nodiscard]] std::string utf8(char32_t codePoint);

} // namespace helder::keyboards
