#pragma once
// The config's "languages" applied (DESIGN §2, issue 12): the interface languages offered on the
// welcome grid, in the config's order and only those; codes without a locale are reported for
// the log and staff mode. A config naming no known language offers every language instead, so
// a typo never leaves the kiosk without one.

#include "i18n/LanguageList.hpp"

#include <span>
#include <string>
#include <vector>

namespace helder::app {

struct OfferedLanguages {
    i18n::LanguageList languages;
    std::vector<std::string> unknown; // config codes that no locale has
};

// `wanted` empty: every available language.
OfferedLanguages offeredLanguages(const i18n::LanguageList& available, std::span<const std::string> wanted);

} // namespace helder::app
