#pragma once
// The on-screen keys for typed answers: a Latin keyboard (names, addresses, e-mail: DESIGN §2
// asks for Latin letters as on Belgian papers) and a keypad for numbers, amounts, dates and
// phone numbers. Per-language layouts generated from xkb-data come from kiosk/keyboards.

#include "core/Template.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace helder::ui {

struct KeyCap {
    std::string id;    // "key/char/a", "key/space", "key/backspace", "key/shift",
                       // "key/symbols"; empty: a gap
    std::string label; // what the key shows; empty for keys shown by a pictogram
    std::string icon;  // Material Icons name, or empty
    float width = 1.0F; // in key widths
    std::vector<std::string> longPress; // offered on a long press (Polish ą, Romanian ș); may be empty
};

using KeyRows = std::vector<std::vector<KeyCap>>;

// Which keys a question type is typed with.
enum class KeyboardKind { Latin, Numeric };
KeyboardKind keyboardFor(core::QuestionType type);

// Letters, or (symbols) digits, accented letters and signs; at most 10 key widths a row, so
// keys stay 60 px wide on an 800 px portrait screen.
KeyRows latinKeys(bool shift, bool symbols);
KeyRows numericKeys(core::QuestionType type);

inline constexpr std::string_view characterKeyPrefix = "key/char/";
inline constexpr std::string_view choiceKeyPrefix = "key/pick/";

// The text a key types: "key/char/a" → "a", "key/pick/ą" (a long-press choice) → "ą",
// "key/space" → " "; empty for other ids.
std::string typedBy(std::string_view keyId);

} // namespace helder::ui
