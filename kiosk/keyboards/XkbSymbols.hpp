#pragma once
// What an xkb symbols file says, before includes are followed: its variants ("xkb_symbols
// "basic" { ... }") and, in each, the include statements and key definitions in file order.

#include <array>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace helder::keyboards {

// How a definition combines with what is already there: override replaces every level it
// names, augment only fills levels still empty.
enum class MergeMode { Override, Augment };

struct XkbInclude {
    std::string file;    // relative to the symbols directory: "latin", "sun_vndr/be"
    std::string variant; // empty: the file's default variant
    MergeMode mode = MergeMode::Override;
};

// Keysym names of group 1, levels 1-4 (plain, Shift, AltGr, AltGr+Shift); empty for NoSymbol.
using KeyLevels = std::array<std::string, 4>;

struct XkbKey {
    std::string name; // "AE01", without the angle brackets
    KeyLevels levels;
    MergeMode mode = MergeMode::Override;
};

using XkbStatement = std::variant<XkbInclude, XkbKey>;

struct XkbVariant {
    std::string name;
    bool isDefault = false;
    std::vector<XkbStatement> statements;
};

// A variant with its includes followed: key name → levels.
using XkbKeyMap = std::map<std::string, KeyLevels>;

} // namespace helder::keyboards
