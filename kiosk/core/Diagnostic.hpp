#pragma once
// A problem found in staff-written input (a template, a language file, a config, a PDF mapping),
// with enough context to find it: file, JSON pointer, line and column.

#include <string>
#include <vector>

namespace helder::core {

struct SourcePosition {
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based, in bytes; 0 when unknown
    friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;     // stable, machine-readable: "unknown-key", "missing-translation", ...
    std::string file;     // as given to the loader (relative paths stay relative)
    std::string jsonPath; // JSON pointer, "/questions/3/type"; empty for the whole file
    SourcePosition position;
    std::string message;  // English, for staff
};

using Diagnostics = std::vector<Diagnostic>;

// "forms/x/form.json:12:7: error: /questions/3/type: unknown question type "txt" [unknown-type]"
std::string formatDiagnostic(const Diagnostic& diagnostic);

bool hasErrors(const Diagnostics& diagnostics);

} // namespace helder::core
