#pragma once
// What the kiosk reads from disk before its first frame: the config, the interface texts, the
// keyboards and the fonts. KioskApp::create loads them on a thread while SFML's shared GL context
// loads the GL driver (120 ms with Mesa's llvmpipe), so that start-up waits for the longer of the
// two, not for both. Nothing here logs: the caller reports the problems once it has the result.

#include "app/KioskConfig.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/LocaleDirectory.hpp"
#include "text/TextEngine.hpp"
#include "ui/KeyboardSet.hpp"

#include <expected>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace helder::app {

struct StartupFiles {
    KioskConfig config;                    // the defaults when there is no config or it is bad
    std::optional<std::string> configError;
    std::filesystem::path localesFolder;
    std::filesystem::path formsFolder;
    i18n::LocaleDirectory locales;
    i18n::Catalog catalog;                 // empty without languages
    ui::KeyboardSet keyboards;
    std::expected<std::unique_ptr<text::TextEngine>, std::string> engine;
};

// Folders given on the command line win over the config's, which win over the defaults.
StartupFiles loadStartupFiles(const std::optional<std::filesystem::path>& configPath,
                              const std::optional<std::filesystem::path>& localesOption,
                              const std::optional<std::filesystem::path>& formsOption,
                              const std::filesystem::path& defaultLocales, const std::filesystem::path& defaultForms);

} // namespace helder::app
