#pragma once
// Reads one language file, texts/<lang>.json (internal to the template loader): every text the
// form needs must be there (missing-translation), no text for an id form.json does not declare
// (unknown-id), and an unreviewed file is reported as a warning (not-reviewed).

#include "core/Diagnostic.hpp"
#include "core/FormOutline.hpp"
#include "core/JsonSource.hpp"
#include "core/Template.hpp"

#include <string>

namespace helder::core {

// `language` comes from the file name, which the "language" key must repeat.
FormTexts readTexts(const JsonSource& json, const std::string& language, const FormOutline& outline,
                    Diagnostics& diagnostics);

} // namespace helder::core
