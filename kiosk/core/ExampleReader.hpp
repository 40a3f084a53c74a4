#pragma once
// Reads the type-dependent values of a question (internal to the template loader): "min" and
// "max", then the example answer, which must be in the canonical form of the type, pass its check
// (national register number check digits, IBAN checksum, bounds, ...) and name existing choices.

#include "core/JsonObjectReader.hpp"
#include "core/Template.hpp"

namespace helder::core {

// Expects question.type, choices, maxLength, latinOnly and allowNegative already read.
void readBounds(const JsonObjectReader& reader, Question& question);
// Expects readBounds done.
void readExample(const JsonObjectReader& reader, Question& question);

} // namespace helder::core
