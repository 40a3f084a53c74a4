#include "app/OfferedLanguages.hpp"

namespace helder::app {

OfferedLanguages offeredLanguages(const i18n::LanguageList& available, std::span<const std::string> wanted)
{
    OfferedLanguages offered{available, {}};
    if (wanted.empty()) {
        return offered;
    }
    for (const std::string& code : wanted) {
        if (!available.find(code)) {
            offered.unknown.push_back(code);
        }
    }
    i18n::LanguageList chosen = available.only(wanted);
    if (!chosen.empty()) {
        offered.languages = std::move(chosen);
    }
    return offered;
}

} // namespace helder::app
