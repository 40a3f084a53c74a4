#include "keyboards/KeyboardCatalog.hpp"

#include <algorithm>

namespace helder::keyboards {

const std::vector<LayoutSpec>& generatedLayouts()
{
    // Letters a language needs that its xkb layout has on no level of their own key. Polish ź
    // sits on AltGr+x and Romanian â on AltGr+q; a visitor looks for them on "z" and "a".
    static const std::vector<LayoutSpec> layouts{
        {"be", "be", "", {}},
        {"us", "us", "", {}},
        {"gb", "gb", "", {}},
        {"de", "de", "", {}},
        {"es", "es", "", {}},
        {"ara", "ara", "", {}},
        {"af", "af", "", {}},
        {"ua", "ua", "", {}},
        {"ru", "ru", "", {}},
        {"bg", "bg", "", {}},
        {"tr", "tr", "", {}},
        {"pl", "pl", "", {{"z", {"ź"}}, {"Z", {"Ź"}}}},
        {"ro", "ro", "", {{"a", {"â"}}, {"A", {"Â"}}}},
    };
    return layouts;
}

std::expected<std::string, core::Diagnostic> keyboardFile(std::string_view keyboardName)
{
    const bool valid = !keyboardName.empty() && keyboardName.size() <= 32
        && std::ranges::all_of(keyboardName, [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
           });
    if (!valid) {
        core::Diagnostic error;
        error.code = "invalid-keyboard-name";
        error.message = "\"" + std::string(keyboardName)
            + "\" is not a keyboard name (lower-case letters, digits and '-', such as \"be\" or \"geez-picker\")";
        return std::unexpected(std::move(error));
    }
    const std::string file = keyboardName == geezPickerName ? "geez" : std::string(keyboardName);
    return "locales/keyboards/" + file + ".json";
}

} // namespace helder::keyboards
