#pragma once
// Checks and resolves a form template from the text of its files: form.json and texts/<lang>.json
// (format: forms/README.md). Pure: reading the folder from disk is helder::storage's job.
// Every problem is a Diagnostic naming the file, the JSON pointer and the line:column.

#include "core/Diagnostic.hpp"
#include "core/Template.hpp"

#include <optional>
#include <string>
#include <vector>

namespace helder::core {

struct SourceFile {
    std::string name; // as shown in messages, e.g. "forms/x/form.json"
    std::string text;
};

struct TemplateSources {
    std::string directory; // the form's folder as given: its last component must equal the form's "id"
    SourceFile form;
    std::vector<SourceFile> texts; // texts/<lang>.json: the language is the file name's stem
};

struct TemplateLoad {
    std::optional<Template> form; // set when there are no errors
    Diagnostics diagnostics;      // errors, or warnings that may accompany a form
};

TemplateLoad loadTemplate(const TemplateSources& sources);

} // namespace helder::core
