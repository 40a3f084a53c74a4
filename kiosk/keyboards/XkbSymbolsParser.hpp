#pragma once
// Parses the text of one xkb symbols file (/usr/share/X11/xkb/symbols/<name>). Only what an
// on-screen keyboard needs is kept: includes and the group 1 symbols of each key. Types,
// actions, modifier maps and names are read past.

#include "core/Diagnostic.hpp"
#include "keyboards/XkbSymbols.hpp"

#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace helder::keyboards {

class XkbSymbolsParser {
public:
    // A syntax error comes back with file, line and column (code "xkb-syntax").
    [[nodiscard]] static std::expected<std::vector<XkbVariant>, core::Diagnostic> parse(std::string fileName,
                                                                                      std::string_view text);
};

} // namespace helder::keyboards
