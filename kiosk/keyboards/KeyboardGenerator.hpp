#pragma once
// Produces the contents of locales/keyboards/ from the installed xkb-data and X11 headers, for the
// generator program and for the test that keeps the committed files equal to its output.

#include "core/Diagnostic.hpp"
#include "keyboards/KeyboardCatalog.hpp"
#include "keyboards/KeysymTable.hpp"
#include "keyboards/Layout.hpp"
#include "keyboards/XkbIncludeResolver.hpp"

#include <expected>
#include <string>
#include <vector>

namespace helder::keyboards {

inline constexpr const char* defaultSymbolsDirectory = "/usr/share/X11/xkb/symbols";
inline constexpr const char* defaultKeysymdefFile = "/usr/include/X11/keysymdef.h";

struct GeneratedFile {
    std::string path; // relative to the repository root: "locales/keyboards/pl.json"
    std::string text;
};

[[nodiscard]] std::expected<Layout, core::Diagnostic> generateLayout(const LayoutSpec& spec,
                                                                   const XkbIncludeResolver& resolver,
                                                                   const KeysymTable& keysyms);

// Every file of generatedLayouts() and the Ge'ez picker, or the first layout that failed.
[[nodiscard]] std::expected<std::vector<GeneratedFile>, core::Diagnostic> generateKeyboardFiles(
    const XkbIncludeResolver& resolver, const KeysymTable& keysyms);

} // namespace helder::keyboards
