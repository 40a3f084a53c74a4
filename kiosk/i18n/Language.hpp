#pragma once
// One interface language: what the welcome grid shows, which way its screens run, how numbers and
// dates are formatted for it, which voice reads it aloud and which on-screen keyboard it types with.

#include <optional>
#include <string>

namespace helder::i18n {

enum class Direction { Ltr, Rtl };

struct Language {
    std::string code;                 // BCP 47: "nl", "prs", "ti"; also the name of locales/<code>.json
    std::string endonym;              // the language's own name: "Nederlands", "دری"
    Direction direction = Direction::Ltr;
    std::string icuLocale;            // for screen formatting: "nl_BE", "fa_AF@calendar=gregorian"
    std::optional<std::string> voice; // espeak-ng voice; std::nullopt where none exists (ti)
    std::string keyboard;             // on-screen keyboard layout: an xkb name ("be", "ara") or "geez-picker"
};

} // namespace helder::i18n
