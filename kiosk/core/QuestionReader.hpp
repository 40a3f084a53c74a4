#pragma once
// Reads the items of "questions" in form.json (internal to the template loader): questions and
// groups, with their choices, rules, examples and mappings.

#include "core/FormReading.hpp"
#include "core/Template.hpp"

#include <optional>
#include <string>

namespace helder::core {

// The item at `pointer`: a group when it has a "group" key, otherwise a question.
std::optional<Item> readItem(FormReading& reading, const std::string& pointer);

} // namespace helder::core
