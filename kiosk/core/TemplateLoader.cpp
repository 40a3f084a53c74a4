#include "core/TemplateLoader.hpp"

#include "core/FormReader.hpp"
#include "core/JsonSource.hpp"
#include "core/TextsReader.hpp"

#include <algorithm>
#include <tuple>

namespace helder::core {
namespace {

std::string_view lastComponent(std::string_view path)
{
    while (path.size() > 1 && path.back() == '/') {
        path.remove_suffix(1);
    }
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string languageOf(std::string_view fileName)
{
    std::string_view stem = lastComponent(fileName);
    if (const auto dot = stem.rfind('.'); dot != std::string_view::npos) {
        stem = stem.substr(0, dot);
    }
    return std::string(stem);
}

// Form.json first, then the texts in the order given; within a file, top to bottom (the readers
// find problems section by section, and JSON objects come back with their keys sorted).
void sortByFileAndPosition(Diagnostics& diagnostics, const TemplateSources& sources)
{
    auto fileIndex = [&](const std::string& file) {
        if (file == sources.form.name) {
            return std::size_t{0};
        }
        const auto it = std::ranges::find(sources.texts, file, &SourceFile::name);
        return static_cast<std::size_t>(it - sources.texts.begin()) + 1;
    };
    std::ranges::stable_sort(diagnostics, [&](const Diagnostic& a, const Diagnostic& b) {
        const auto keyA = std::tuple(fileIndex(a.file), a.position.line, a.position.column);
        const auto keyB = std::tuple(fileIndex(b.file), b.position.line, b.position.column);
        return keyA < keyB;
    });
}

bool refusedQuestions(const Diagnostics& diagnostics)
{
    return std::ranges::any_of(diagnostics, [](const Diagnostic& diagnostic) { return diagnostic.code == "too-many-questions"; });
}

} // namespace

TemplateLoad loadTemplate(const TemplateSources& sources)
{
    TemplateLoad load;
    auto formJson = JsonSource::parse(sources.form.name, sources.form.text);
    if (!formJson) {
        load.diagnostics.push_back(std::move(formJson.error()));
    }
    FormRead read;
    if (formJson) {
        read = readForm(*formJson, lastComponent(sources.directory), load.diagnostics);
    }
    for (const SourceFile& file : sources.texts) {
        auto textsJson = JsonSource::parse(file.name, file.text);
        if (!textsJson) {
            load.diagnostics.push_back(std::move(textsJson.error()));
            continue;
        }
        // Without a readable form.json, or with one refused as too large, there is nothing to compare
        // the texts with: every text would be reported as an unknown question.
        if (formJson && !refusedQuestions(load.diagnostics)) {
            const std::string language = languageOf(file.name);
            read.form.texts[language] = readTexts(*textsJson, language, read.outline, load.diagnostics);
        }
    }
    if (formJson && !refusedQuestions(load.diagnostics) && !read.form.officialLanguage.empty()
        && !read.form.hasLanguage(read.form.officialLanguage)) {
        load.diagnostics.push_back(formJson->error("missing-translation", "/official_language",
            "texts/" + read.form.officialLanguage + ".json, the official language's texts, is missing"));
    }
    sortByFileAndPosition(load.diagnostics, sources);
    read.form.directory = sources.directory;
    if (formJson && !hasErrors(load.diagnostics)) {
        load.form = std::move(read.form);
    }
    return load;
}

} // namespace helder::core
