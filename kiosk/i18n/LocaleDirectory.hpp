#pragma once
// Reads locales/: languages.json, then <code>.json for every language it lists.

#include "core/Diagnostic.hpp"
#include "i18n/LanguageList.hpp"
#include "i18n/LocaleFile.hpp"

#include <filesystem>
#include <vector>

namespace helder::i18n {

struct LocaleDirectory {
    LanguageList languages;        // empty when languages.json is missing or broken
    std::vector<LocaleFile> files; // the language files that could be read, in display order
    core::Diagnostics diagnostics; // languages.json problems; unreadable or missing language files

    // Never throws. File names in diagnostics are `directory / name` as given.
    [[nodiscard]] static LocaleDirectory read(const std::filesystem::path& directory);
};

// Everything `helder-forms check` reports about locales/: the directory's own diagnostics followed by
// checkCatalog's.
[[nodiscard]] core::Diagnostics checkLocaleDirectory(const LocaleDirectory& directory);

} // namespace helder::i18n
