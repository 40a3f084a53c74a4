#include "tools/FormFolderLoad.hpp"

#include "core/TemplateLoader.hpp"
#include "storage/FormFolder.hpp"

#include <ostream>

namespace helder::tools {

std::optional<core::Template> loadFormFolder(const std::filesystem::path& folder, std::ostream& err,
                                             std::string_view prefix)
{
    const auto sources = storage::readFormFolder(folder);
    if (!sources) {
        err << prefix << core::formatDiagnostic(sources.error()) << "\n";
        return std::nullopt;
    }
    core::TemplateLoad load = core::loadTemplate(*sources);
    if (!load.form) {
        for (const core::Diagnostic& diagnostic : load.diagnostics) {
            err << prefix << core::formatDiagnostic(diagnostic) << "\n";
        }
    }
    return std::move(load.form);
}

} // namespace helder::tools
