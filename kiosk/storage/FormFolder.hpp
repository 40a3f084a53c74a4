#pragma once
// Reads form folders from disk for the template loader: forms/<id>/form.json and
// forms/<id>/texts/<lang>.json, as text, with a size limit per file.

#include "core/Diagnostic.hpp"
#include "core/TemplateLoader.hpp"

#include <cstdint>
#include <expected>
#include <filesystem>
#include <vector>

namespace helder::storage {

// Far above any template or language file; a larger file is refused, not read.
inline constexpr std::uintmax_t defaultMaxFileBytes = 1024 * 1024;

// The folder's form.json and every texts/*.json (in file-name order), named in messages as
// `folder` / "form.json" etc. Errors: "missing-file" (no form.json), "file-too-large",
// "unreadable-file". A missing texts/ folder is not an error here: the loader reports the
// missing official language.
std::expected<core::TemplateSources, core::Diagnostic> readFormFolder(const std::filesystem::path& folder,
    std::uintmax_t maxFileBytes = defaultMaxFileBytes);

// The form folders directly under `formsDirectory`, in name order: every sub-folder except hidden
// ones and "schema" (the JSON Schemas of the format). Error "missing-file" when it is not a folder.
std::expected<std::vector<std::filesystem::path>, core::Diagnostic> listFormFolders(
    const std::filesystem::path& formsDirectory);

} // namespace helder::storage
