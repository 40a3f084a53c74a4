#include "core/Diagnostic.hpp"

#include <algorithm>

namespace helder::core {

std::string formatDiagnostic(const Diagnostic& diagnostic)
{
    std::string text = diagnostic.file;
    if (diagnostic.position.line > 0) {
        text += ':' + std::to_string(diagnostic.position.line) + ':'
            + std::to_string(diagnostic.position.column);
    }
    text += diagnostic.severity == Severity::Error ? ": error: " : ": warning: ";
    if (!diagnostic.jsonPath.empty()) {
        text += diagnostic.jsonPath + ": ";
    }
    text += diagnostic.message;
    if (!diagnostic.code.empty()) {
        text += " [" + diagnostic.code + ']';
    }
    return text;
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return std::ranges::any_of(diagnostics,
        [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

} // namespace helder::core
