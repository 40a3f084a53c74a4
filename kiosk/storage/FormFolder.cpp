#include "storage/FormFolder.hpp"

#include "storage/TextFile.hpp"

#include <algorithm>
#include <system_error>

namespace helder::storage {
namespace {

core::Diagnostic folderError(const std::filesystem::path& path, std::string message)
{
    return core::Diagnostic{core::Severity::Error, "missing-file", path.generic_string(), "", {},
                            std::move(message)};
}

std::expected<core::SourceFile, core::Diagnostic> readSource(const std::filesystem::path& path,
                                                             std::uintmax_t maxFileBytes)
{
    auto text = readTextFile(path, maxFileBytes);
    if (!text) {
        return std::unexpected(std::move(text.error()));
    }
    return core::SourceFile{path.generic_string(), std::move(*text)};
}

// The texts/*.json files, sorted; none when the folder is absent.
std::vector<std::filesystem::path> textsFiles(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder / "texts", error), end; !error && it != end;
         it.increment(error)) {
        std::error_code typeError;
        if (it->path().extension() == ".json" && it->is_regular_file(typeError)) {
            files.push_back(it->path());
        }
    }
    std::ranges::sort(files);
    return files;
}

} // namespace

std::expected<core::TemplateSources, core::Diagnostic> readFormFolder(const std::filesystem::path& folder,
                                                                      std::uintmax_t maxFileBytes)
{
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        return std::unexpected(folderError(folder, "not a folder"));
    }
    core::TemplateSources sources;
    sources.directory = folder.generic_string();
    auto form = readSource(folder / "form.json", maxFileBytes);
    if (!form) {
        return std::unexpected(std::move(form.error()));
    }
    sources.form = std::move(*form);
    for (const auto& path : textsFiles(folder)) {
        auto texts = readSource(path, maxFileBytes);
        if (!texts) {
            return std::unexpected(std::move(texts.error()));
        }
        sources.texts.push_back(std::move(*texts));
    }
    return sources;
}

std::expected<std::vector<std::filesystem::path>, core::Diagnostic> listFormFolders(
    const std::filesystem::path& formsDirectory)
{
    std::error_code error;
    std::filesystem::directory_iterator it(formsDirectory, error);
    if (error) {
        return std::unexpected(folderError(formsDirectory, "cannot list the forms folder: " + error.message()));
    }
    std::vector<std::filesystem::path> folders;
    for (const std::filesystem::directory_iterator end; it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        std::error_code typeError;
        if (!name.starts_with('.') && name != "schema" && it->is_directory(typeError)) {
            folders.push_back(it->path());
        }
    }
    if (error) {
        return std::unexpected(folderError(formsDirectory, "cannot list the forms folder: " + error.message()));
    }
    std::ranges::sort(folders);
    return folders;
}

} // namespace helder::storage
