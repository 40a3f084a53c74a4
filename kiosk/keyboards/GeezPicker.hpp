#pragma once
// The Ge'ez syllable picker for Tigrinya. xkb's Ethiopic layout types vowels through compose
// sequences that a touch screen cannot show, so the kiosk offers a grid of consonants instead;
// a tap on one opens its seven orders (ä u i a e ə o) and its labialised forms.

#include <array>
#include <string>
#include <vector>

namespace helder::keyboards {

struct GeezConsonant {
    std::string name;                 // the Unicode name of its first order without "ETHIOPIC SYLLABLE ": "QHA"
    std::array<std::string, 7> orders; // ä u i a e ə o; orders[0] labels the consonant in the grid
    std::vector<std::string> labialised; // ሏ, or ቈ ቊ ቋ ቌ ቍ for the labio-velars; may be empty
    friend bool operator==(const GeezConsonant&, const GeezConsonant&) = default;
};

struct GeezPicker {
    std::string source;
    std::vector<GeezConsonant> consonants;
    std::vector<std::string> punctuation; // ፡ ። ፣ ...
    friend bool operator==(const GeezPicker&, const GeezPicker&) = default;
};

// Built from ICU's character data for the Ethiopic block (U+1200-U+137F): each run of eight code
// points starting at a multiple of eight whose first seven are assigned is a consonant (the eighth,
// when assigned, is its labialised form); a run assigned at 0, 2, 3, 4 and 5 holds the labialised
// orders of the consonant before it. Unassigned code points never appear.
[[nodiscard]] GeezPicker buildGeezPicker();

} // namespace helder::keyboards
