#include "i18n/LocaleDirectory.hpp"

#include "i18n/CatalogCheck.hpp"

#include <fstream>
#include <optional>
#include <sstream>

namespace helder::i18n {

namespace {

std::optional<std::string> readText(const std::filesystem::path& path)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    if (in.bad())
        return std::nullopt;
    return std::move(out).str();
}

core::Diagnostic fileError(std::string code, const std::filesystem::path& path, std::string message)
{
    return core::Diagnostic{core::Severity::Error, std::move(code), path.string(), "", {}, std::move(message)};
}

} // namespace

LocaleDirectory LocaleDirectory::read(const std::filesystem::path& directory)
{
    LocaleDirectory result;
    const std::filesystem::path listPath = directory / "languages.json";
    const auto listText = readText(listPath);
    if (!listText) {
        result.diagnostics.push_back(
            fileError("unreadable-file", listPath, "cannot read the list of interface languages"));
        return result;
    }
    auto languages = LanguageList::parse(listPath.string(), *listText);
    if (!languages) {
        result.diagnostics = std::move(languages.error());
        return result;
    }
    result.languages = std::move(*languages);

    for (const Language& language : result.languages.languages()) {
        const std::filesystem::path path = directory / (language.code + ".json");
        if (auto text = readText(path))
            result.files.push_back(LocaleFile{path.string(), std::move(*text)});
        else
            result.diagnostics.push_back(fileError("missing-locale-file", path,
                                                   "languages.json lists \"" + language.code +
                                                       "\" but its language file cannot be read"));
    }
    return result;
}

core::Diagnostics checkLocaleDirectory(const LocaleDirectory& directory)
{
    core::Diagnostics diagnostics = directory.diagnostics;
    core::Diagnostics catalog = checkCatalog(directory.files, directory.languages);
    diagnostics.insert(diagnostics.end(), std::make_move_iterator(catalog.begin()),
                       std::make_move_iterator(catalog.end()));
    return diagnostics;
}

} // namespace helder::i18n
