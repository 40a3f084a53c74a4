#pragma once
// The on-screen keyboards of the interface languages, read once at start from
// locales/keyboards/ (kiosk/keyboards): the layout each language names in languages.json, the
// Ge'ez picker, and the Latin layout for languages written in another script.

#include "core/Diagnostic.hpp"
#include "i18n/LanguageList.hpp"
#include "keyboards/KeyboardLoader.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace helder::ui {

// The Latin layout for questions that need Latin script in a language written in another one.
inline constexpr std::string_view latinFallbackKeyboard = "us";

class KeyboardSet {
public:
    // Reads the keyboards of `languages` from <root>/locales/keyboards/; a keyboard that does not
    // load is left out (its language then types on the built-in Latin keys) and listed in
    // problems().
    [[nodiscard]] static KeyboardSet load(const std::filesystem::path& root, const i18n::LanguageList& languages);

    void add(std::string name, keyboards::Keyboard keyboard);
    [[nodiscard]] const keyboards::Keyboard* find(std::string_view name) const;
    [[nodiscard]] const core::Diagnostics& problems() const { return m_problems; }

private:
    std::map<std::string, keyboards::Keyboard, std::less<>> m_keyboards;
    core::Diagnostics m_problems;
};

} // namespace helder::ui
