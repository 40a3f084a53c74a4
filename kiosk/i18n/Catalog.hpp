#pragma once
// The interface messages of every language, formatted with ICU MessageFormat (named arguments,
// plurals by the language's own plural rules). Loading is lenient: a file or message that does not
// parse is left out, so the visitor sees English or, failing that, the key; checkCatalog says why.

#include "i18n/LanguageList.hpp"
#include "i18n/LocaleFile.hpp"
#include "i18n/MessageArgs.hpp"

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace helder::i18n {

class Catalog {
public:
    static constexpr std::string_view referenceLanguage = "en";

    // An empty catalog: every format() returns the key.
    Catalog();
    // Each file's language is its "language" field; its ICU locale (plural rules, digits of '#')
    // comes from `languages`, or is the code itself for a language not listed there.
    Catalog(std::span<const LocaleFile> files, const LanguageList& languages);
    ~Catalog();
    Catalog(Catalog&&) noexcept;
    Catalog& operator=(Catalog&&) noexcept;
    Catalog(const Catalog&) = delete;
    Catalog& operator=(const Catalog&) = delete;

    // Never throws. A key missing in `language` (or a message that fails to format) falls back to
    // English, then to the key itself. Messages are parsed once, on first use, and cached; safe to
    // call from several threads.
    [[nodiscard]] std::string format(std::string_view language, std::string_view key,
                                     const MessageArgs& args = {}) const;

    // The same for paper (review sheet): numbers in the message ('#', {page}) get Latin digits
    // whatever the language, as DESIGN §3 requires; plural forms still follow the language.
    [[nodiscard]] std::string formatForPaper(std::string_view language, std::string_view key,
                                             const MessageArgs& args = {}) const;

    [[nodiscard]] bool hasLanguage(std::string_view language) const;
    // Whether `language` itself has the key (no fallback).
    [[nodiscard]] bool has(std::string_view language, std::string_view key) const;
    // In the order of the files given.
    [[nodiscard]] std::vector<std::string> languages() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace helder::i18n
