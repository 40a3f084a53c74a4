#pragma once
// Reads the "pdf" mapping of a question or computed value (internal to the template loader):
// exactly one kind, valid for the question type and the form's PDF mode, "{n}" exactly inside
// repeating groups, and the origin of every field name for later checks against the PDF.

#include "core/JsonObjectReader.hpp"
#include "core/Template.hpp"

#include <optional>
#include <string>
#include <vector>

namespace helder::core {

struct MappingTarget {
    std::optional<QuestionType> type;   // unset: a computed value, whose type is not declared
    std::vector<std::string> answerIds; // choice ids, or "yes"/"no" for yes_no
    bool inRepeatingGroup = false;
    PdfMode mode = PdfMode::AcroForm;
};

// Reads `owner`'s optional "pdf" key.
std::optional<PdfMapping> readMapping(const JsonObjectReader& owner, const MappingTarget& target);

} // namespace helder::core
