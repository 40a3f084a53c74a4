#pragma once
// "Did you mean ...?" for a misspelt key, id or PDF field name written by staff.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace helder::core {

// Levenshtein distance on bytes; ASCII letters that differ only in case count as equal, since
// "naam" for "Naam" is a typo too.
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate nearest to `name` by edit distance, when it is near enough to be a typo.
std::optional<std::string> closestName(std::string_view name, const std::vector<std::string_view>& candidates);

// " (did you mean "x"?)" or "".
std::string didYouMean(std::string_view name, const std::vector<std::string_view>& candidates);

// Up to `count` candidates, nearest first; equally near ones keep their order.
std::vector<std::string> nearestNames(std::string_view name, std::span<const std::string> candidates,
                                      std::size_t count);

} // namespace helder::core
