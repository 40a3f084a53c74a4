#pragma once
// locales/keyboards/<name>.json, as the generator writes it and the kiosk reads it:
//   {"source": "xkb-data symbols/pl(basic)",
//    "rows": [[{"key": "AC01", "base": "a", "shift": "A",
//               "long_press": ["ą"], "shift_long_press": ["Ą"]}, ...], ...]}

#include "core/Diagnostic.hpp"
#include "keyboards/Layout.hpp"

#include <expected>
#include <string>
#include <string_view>

namespace helder::keyboards {

// One key per line, so that a regenerated file's diff shows which keys changed.
[[nodiscard]] std::string writeKeyboardJson(const Layout& layout);

// The first problem (syntax, unknown or missing key, wrong type, empty label, a key id used twice)
// with file, JSON path, line and column.
[[nodiscard]] std::expected<Layout, core::Diagnostic> parseKeyboardJson(std::string fileName, std::string_view text);

} // namespace helder::keyboards
