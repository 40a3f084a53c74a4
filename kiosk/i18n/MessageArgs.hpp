#pragma once
// Named arguments for a catalog message: {"count", std::int64_t{3}}, {"hint", "Groeipakket"}.
// Counts that select a plural form must be numbers, not strings.

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <variant>

namespace helder::i18n {

using MessageArg = std::variant<std::int64_t, double, std::string>;
using MessageArgs = std::map<std::string, MessageArg, std::less<>>;

// The string arguments of a core::ValidationProblem, unchanged.
MessageArgs toMessageArgs(const std::map<std::string, std::string>& args);

} // namespace helder::i18n
