#pragma once
// locales/keyboards/geez.json:
//   {"source": "Unicode 15.0 Ethiopic block U+1200-U+137F",
//    "consonants": [{"name": "HA", "orders": ["ሀ", "ሁ", "ሂ", "ሃ", "ሄ", "ህ", "ሆ"], "labialised": ["ሇ"]}, ...],
//    "punctuation": ["፡", "።", ...]}

#include "core/Diagnostic.hpp"
#include "keyboards/GeezPicker.hpp"

#include <expected>
#include <string>
#include <string_view>

namespace helder::keyboards {

// One consonant per line.
[[nodiscard]] std::string writeGeezPickerJson(const GeezPicker& picker);

// The first problem (syntax, unknown or missing key, wrong type, not exactly seven orders, an
// empty label) with file, JSON path, line and column.
[[nodiscard]] std::expected<GeezPicker, core::Diagnostic> parseGeezPickerJson(std::string fileName,
                                                                             std::string_view text);

} // namespace helder::keyboards
