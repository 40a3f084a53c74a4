#pragma once
// Which keys a typed answer gets (DESIGN §2): a free-text answer in the visitor's language types
// on that language's layout (locales/keyboards, generated from xkb-data) or the Ge'ez picker,
// with a key to switch to Latin letters and back; names and addresses (latin_only) type on a
// Latin layout only; numbers, dates and codes on a keypad.

#include "core/Template.hpp"
#include "keyboards/GeezPicker.hpp"
#include "keyboards/Layout.hpp"
#include "ui/OnScreenKeyboard.hpp"
#include "ui/ScreenInput.hpp"

#include <cstddef>
#include <string>

namespace helder::ui {

struct TypingKeys {
    KeyRows rows;
    std::string language;    // the language key labels are laid out in
    std::string latinSwitch; // the switch key's label; empty: no switch
};

// At most `maxUnits` key widths a row: a layout wider than that is poured into more rows, in
// its physical order.
[[nodiscard]] TypingKeys typingKeys(const core::Question& question, const ScreenInput& input, std::size_t maxUnits);

// A layout written in Latin letters (its top letter row types at least one a-z).
[[nodiscard]] bool isLatinLayout(const keyboards::Layout& layout);

// The rows of a generated layout with shift, backspace and the bottom row; `numberRow` keeps
// the layout's top row (the Arabic ذ, the French é è ç à stand there).
[[nodiscard]] KeyRows layoutRows(const keyboards::Layout& layout, bool shift, bool numberRow,
                                 const std::string& latinSwitch, bool symbols, std::size_t maxUnits);

// The Ge'ez picker as keys: a grid of consonants ("geez/consonant/<n>", whose choices are its
// orders and labialised forms), then Latin, space, punctuation and backspace.
[[nodiscard]] KeyRows geezRows(const keyboards::GeezPicker& picker, const std::string& latinSwitch,
                               std::size_t maxUnits);

// The bottom row of a keyboard: digits and signs, the switch to Latin and back, the space bar.
[[nodiscard]] std::vector<KeyCap> bottomRow(bool symbols, const std::string& latinSwitch);

} // namespace helder::ui
