#pragma once
// Visitors may type Arabic-Indic or Persian digits; validation and printed forms use ASCII digits.

#include <string>
#include <string_view>

namespace helder::core {

// Arabic-Indic (U+0660–0669) and Extended Arabic-Indic/Persian (U+06F0–06F9) digits become ASCII
// digits and the Arabic decimal separator U+066B becomes '.'; everything else is copied unchanged.
std::string normaliseDigits(std::string_view utf8);

} // namespace helder::core
