#pragma once
// Staff-facing checks of the language files, with file, JSON path, line and column:
// - syntax errors; unknown top-level keys; "language" not matching the file name;
//   "reviewed" {"by": null|name, "on": null|"YYYY-MM-DD"}; non-string messages;
// - every key of the reference language (en) present in every file ("missing-translation"),
//   no extra keys ("extra-translation");
// - every message parses as ICU MessageFormat ("message-syntax", placed at the offending character);
// - argument names agree with the English message ("argument-mismatch");
// - a plural without a form the language needs, "few" in Arabic say ("plural-category-missing",
//   a warning);
// - a file nobody reviewed yet ("not-reviewed", a warning);
// - the reference file missing ("missing-reference").

#include "core/Diagnostic.hpp"
#include "i18n/LanguageList.hpp"
#include "i18n/LocaleFile.hpp"

#include <span>

namespace helder::i18n {

[[nodiscard]] core::Diagnostics checkCatalog(std::span<const LocaleFile> files,
                                             const LanguageList& languages = {});

} // namespace helder::i18n
