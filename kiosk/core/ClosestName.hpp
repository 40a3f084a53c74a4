#pragma once
// "Did you mean ...?" for a misspelt key or id in a template (internal to the template loader).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helder::core {

// The candidate nearest to `name` by edit distance, when it is near enough to be a typo.
std::optional<std::string> closestName(std::string_view name, const std::vector<std::string_view>& candidates);

// " (did you mean "x"?)" or "".
std::string didYouMean(std::string_view name, const std::vector<std::string_view>& candidates);

} // namespace helder::core
