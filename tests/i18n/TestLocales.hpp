#pragma once
// Shared helpers for the i18n tests: the shipped locales/ and the fixtures under tests/fixtures/i18n.

#include "core/Diagnostic.hpp"
#include "i18n/LocaleFile.hpp"

#include "TestPaths.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace helder::test {

inline i18n::LocaleFile i18nFixture(const std::string& relative)
{
    const auto path = fixture("i18n/" + relative);
    return i18n::LocaleFile{"tests/fixtures/i18n/" + relative, readFile(path)};
}

inline std::vector<core::Diagnostic> withCode(const core::Diagnostics& diagnostics, std::string_view code)
{
    std::vector<core::Diagnostic> found;
    std::copy_if(diagnostics.begin(), diagnostics.end(), std::back_inserter(found),
                 [code](const core::Diagnostic& d) { return d.code == code; });
    return found;
}

inline std::string describe(const core::Diagnostics& diagnostics)
{
    std::string out;
    for (const auto& diagnostic : diagnostics)
        out += core::formatDiagnostic(diagnostic) + "\n";
    return out;
}

} // namespace helder::test
