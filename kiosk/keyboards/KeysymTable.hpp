#pragma once
// Keysym names of xkb symbols files ("eacute", "Arabic_sheen", "U0627", "0x10006f1") to Unicode.
// The names come from X11's keysymdef.h (package x11proto-dev), read when a layout is generated,
// so the table is exactly that of the installed X11 headers; the kiosk itself never needs it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace helder::keyboards {

class KeysymTable {
public:
    // Reads the "#define XK_name 0xVALUE /* U+XXXX ... */" lines; other lines are ignored.
    [[nodiscard]] static KeysymTable parse(std::string_view keysymdefText);

    // The character a keysym types, or std::nullopt for keysyms that type none (dead keys,
    // modifiers, NoSymbol, unknown names). Handles names from the table, "U0627" and "0x..." forms.
    [[nodiscard]] std::optional<char32_t> character(std::string_view keysym) const;

    [[nodiscard]] std::size_t size() const { return m_byName.size(); }

private:
    std::optional<char32_t> characterOfValue(std::uint32_t value) const;

    std::unordered_map<std::string, std::uint32_t> m_byName;
    std::unordered_map<std::uint32_t, char32_t> m_unicodeByValue;
};

} // namespace helder::keyboards
