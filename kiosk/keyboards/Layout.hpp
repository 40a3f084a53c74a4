#pragma once
// An on-screen keyboard layout: rows of keys as the kiosk draws them, top row first.

#include <string>
#include <vector>

namespace helder::keyboards {

struct Key {
    std::string id;    // the xkb key name ("AD01"): a stable widget id for the UI and its tests
    std::string base;  // UTF-8, never empty
    std::string shift; // may be empty (the key then types its base when shifted)
    std::vector<std::string> longPress;      // offered on a long press of the unshifted key
    std::vector<std::string> shiftLongPress; // offered on a long press while shifted
    friend bool operator==(const Key&, const Key&) = default;
};

struct Layout {
    std::string source; // where it came from: "xkb-data symbols/be(basic)"
    std::vector<std::vector<Key>> rows;
    friend bool operator==(const Layout&, const Layout&) = default;
};

} // namespace helder::keyboards
