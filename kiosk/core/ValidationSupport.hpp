#pragma once
// Helpers shared by the validators (internal to core).

#include "core/Validators.hpp"

#include <string>
#include <string_view>

namespace helder::core {

// Digits normalised, surrounding ASCII white space removed.
std::string prepareInput(std::string_view input);

// `text` without any of the characters in `separators`.
std::string removeCharacters(std::string_view text, std::string_view separators);

bool isAsciiDigits(std::string_view text);

std::unexpected<ValidationProblem> problem(std::string messageKey, std::map<std::string, std::string> args = {});

} // namespace helder::core
