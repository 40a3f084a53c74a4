#pragma once
// What checkCatalog needs to know about one ICU MessageFormat text: does it parse, which named
// arguments it uses, and which plural forms it lacks for its language. Internal to i18n.

#include "core/Diagnostic.hpp"

#include <unicode/locid.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace helder::i18n {

struct MessageProblem {
    core::Severity severity = core::Severity::Error;
    std::string code; // "message-syntax", "numbered-argument", "plural-category-missing"
    std::string message;
    // Code points from the opening quote of the JSON string to the offending character, as the text
    // stands escaped in the file; std::nullopt when the problem concerns the whole message.
    std::optional<int> columnsAfterQuote;
};

struct MessageAnalysis {
    bool valid = false; // parses, with named arguments only
    std::set<std::string> arguments;
    std::vector<MessageProblem> problems;
};

// The plural categories a count in 0..1000 can select in a locale. French "many" only serves
// millions and is left out on purpose. Cached per locale.
class PluralCategories {
public:
    const std::set<std::string>& forLocale(const icu::Locale& locale, bool ordinal);

private:
    std::map<std::string, std::set<std::string>> m_cache;
};

MessageAnalysis analyseMessage(std::string_view text, const icu::Locale& locale, PluralCategories& plurals);

} // namespace helder::i18n
