#include "app/FormLibrary.hpp"

#include "core/TemplateLoader.hpp"
#include "storage/FormFolder.hpp"

#include <algorithm>

namespace helder::app {

FormLibrary FormLibrary::load(const std::filesystem::path& formsDirectory, core::Date today)
{
    FormLibrary library;
    auto folders = storage::listFormFolders(formsDirectory);
    if (!folders) {
        library.problems.push_back(folders.error());
        return library;
    }
    for (const std::filesystem::path& folder : *folders) {
        auto sources = storage::readFormFolder(folder);
        if (!sources) {
            library.problems.push_back(sources.error());
            continue;
        }
        core::TemplateLoad loaded = core::loadTemplate(*sources);
        for (core::Diagnostic& diagnostic : loaded.diagnostics) {
            if (diagnostic.severity == core::Severity::Error) {
                library.problems.push_back(std::move(diagnostic));
            }
        }
        if (loaded.form && loaded.form->isValidOn(today)) {
            library.forms.push_back(std::move(*loaded.form));
        }
    }
    return library;
}

FormLibrary FormLibrary::load(const std::filesystem::path& formsDirectory,
                              const std::optional<std::filesystem::path>& localDirectory, core::Date today)
{
    FormLibrary library = load(formsDirectory, today);
    if (!localDirectory) {
        return library;
    }
    FormLibrary local = load(*localDirectory, today);
    for (core::Diagnostic& problem : local.problems) {
        library.problems.push_back(std::move(problem));
    }
    for (core::Template& form : local.forms) {
        const auto shipped = std::ranges::find(library.forms, form.id, &core::Template::id);
        if (shipped == library.forms.end()) {
            library.forms.push_back(std::move(form));
        } else {
            library.replaced.push_back(form.id);
            *shipped = std::move(form);
        }
    }
    return library;
}

} // namespace helder::app
