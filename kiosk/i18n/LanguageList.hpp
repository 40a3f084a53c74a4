#pragma once
// The interface languages of locales/languages.json, in display order:
//   {"languages": [{"code": "nl", "endonym": "Nederlands", "direction": "ltr",
//                   "icu_locale": "nl_BE", "voice": "nl", "keyboard": "be"}, ...]}

#include "core/Diagnostic.hpp"
#include "i18n/Language.hpp"

#include <expected>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace helder::i18n {

class LanguageList {
public:
    LanguageList() = default;

    // Every problem (syntax, unknown or missing key, wrong type, duplicate code, a locale ICU does not
    // know) comes back with file, JSON path, line and column.
    [[nodiscard]] static std::expected<LanguageList, core::Diagnostics> parse(std::string fileName,
                                                                            std::string_view text);

    [[nodiscard]] const std::vector<Language>& languages() const { return m_languages; }
    [[nodiscard]] bool empty() const { return m_languages.empty(); }
    // nullptr when the code is not listed.
    [[nodiscard]] const Language* find(std::string_view code) const;
    // The languages among `codes`, in their order (the kiosk config's "languages"); codes not
    // listed here and repeated codes are left out.
    [[nodiscard]] LanguageList only(std::span<const std::string> codes) const;

private:
    explicit LanguageList(std::vector<Language> languages) : m_languages(std::move(languages)) {}

    std::vector<Language> m_languages;
};

} // namespace helder::i18n
