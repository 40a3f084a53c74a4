#pragma once
// The ids a form.json declares, gathered while reading it (internal to the template loader). The
// reference checker and the language-file reader work from it rather than from the Template, so
// that an item dropped for another error does not cause a second, misleading one.

#include <string>
#include <string_view>
#include <vector>

namespace helder::core {

struct OutlineQuestion {
    std::string id;
    std::string group;                // empty at the top level
    bool hasChoices = false;          // a choice question: the language files label its choices
    std::vector<std::string> choices; // their ids
};

struct OutlineGroup {
    std::string id;
    bool repeating = false;
};

struct FormOutline {
    std::vector<std::string> documents;
    std::vector<OutlineGroup> groups;
    std::vector<OutlineQuestion> questions;
    std::vector<std::string> computed;
    std::vector<std::string> rules;
    std::vector<std::string> rightsHints;

    [[nodiscard]] const OutlineQuestion* question(std::string_view id) const;
    [[nodiscard]] const OutlineGroup* group(std::string_view id) const;
    [[nodiscard]] bool isComputed(std::string_view id) const;
};

} // namespace helder::core
