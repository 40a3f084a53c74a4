#pragma once
// What the kiosk calls to get the keyboard of an interface language: the name comes from that
// language's "keyboard" field in locales/languages.json (i18n::Language::keyboard).

#include "core/Diagnostic.hpp"
#include "keyboards/GeezPicker.hpp"
#include "keyboards/Layout.hpp"

#include <expected>
#include <filesystem>
#include <string_view>
#include <variant>

namespace helder::keyboards {

using Keyboard = std::variant<Layout, GeezPicker>;

// Reads <root>/locales/keyboards/<file> (KeyboardCatalog.hpp). Errors: invalid-keyboard-name,
// missing-keyboard (no such file), and the file's own problems with line and column.
[[nodiscard]] std::expected<Keyboard, core::Diagnostic> loadKeyboard(const std::filesystem::path& root,
                                                                    std::string_view keyboardName);

} // namespace helder::keyboards
