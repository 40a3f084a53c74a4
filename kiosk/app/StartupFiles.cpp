#include "app/StartupFiles.hpp"

namespace helder::app {

StartupFiles loadStartupFiles(const std::optional<std::filesystem::path>& configPath,
                              const std::optional<std::filesystem::path>& localesOption,
                              const std::optional<std::filesystem::path>& formsOption,
                              const std::filesystem::path& defaultLocales, const std::filesystem::path& defaultForms)
{
    StartupFiles files{{}, std::nullopt, {}, {}, {}, {}, {}, std::unexpected(std::string("not loaded"))};
    if (configPath) {
        auto read = KioskConfig::read(*configPath);
        if (read)
            files.config = std::move(*read);
        else
            files.configError = std::move(read.error());
    }
    files.localesFolder = localesOption.value_or(files.config.localesFolder.value_or(defaultLocales));
    files.formsFolder = formsOption.value_or(files.config.formsFolder.value_or(defaultForms));
    files.locales = i18n::LocaleDirectory::read(files.localesFolder);
    if (!files.locales.languages.empty() && !files.locales.files.empty()) {
        files.catalog = i18n::Catalog(files.locales.files, files.locales.languages);
        files.keyboards = ui::KeyboardSet::load(files.localesFolder.parent_path(), files.locales.languages);
    }
    files.engine = text::TextEngine::create();
    return files;
}

} // namespace helder::app
