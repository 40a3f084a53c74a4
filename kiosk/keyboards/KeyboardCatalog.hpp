#pragma once
// The on-screen keyboards Helder ships in locales/keyboards/, and where each one's file is.
// locales/languages.json names a keyboard per interface language (its "keyboard" field, read by
// i18n::LanguageList): an xkb layout name, or "geez-picker" for Tigrinya.

#include "core/Diagnostic.hpp"
#include "keyboards/LayoutBuilder.hpp"

#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace helder::keyboards {

inline constexpr std::string_view geezPickerName = "geez-picker";

// A layout generated from xkb-data.
struct LayoutSpec {
    std::string name;       // the keyboard name in languages.json and the file name: "pl" → pl.json
    std::string xkbFile;    // symbols/<xkbFile>
    std::string xkbVariant; // empty: the file's default variant
    LongPressTable extraLongPress;
};

// Every generated layout: the xkb layouts the interface languages name, and "us" for questions
// that need Latin script whatever the interface language (names, addresses).
[[nodiscard]] const std::vector<LayoutSpec>& generatedLayouts();

// The file of a keyboard, relative to the repository (or install) root:
// "locales/keyboards/be.json"; the Ge'ez picker is "locales/keyboards/geez.json". Names other
// than lower-case letters, digits and '-' are refused (code "invalid-keyboard-name"), so a
// language file cannot point outside the folder.
[[nodiscard]] std::expected<std::string, core::Diagnostic> keyboardFile(std::string_view keyboardName);

} // namespace helder::keyboards
