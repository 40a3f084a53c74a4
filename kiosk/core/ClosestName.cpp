#include "core/ClosestName.hpp"

#include <algorithm>
#include <limits>
#include <utility>

namespace helder::core {
namespace {

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (lowerAscii(a[i - 1]) == lowerAscii(b[j - 1]) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::string> closestName(std::string_view name, const std::vector<std::string_view>& candidates)
{
    // Two edits, or a third of a long name: closer than that is a typo, farther is another word.
    const std::size_t limit = std::max<std::size_t>(2, name.size() / 3);
    std::optional<std::string> best;
    std::size_t bestDistance = std::numeric_limits<std::size_t>::max();
    for (const auto candidate : candidates) {
        if (candidate == name) {
            continue;
        }
        if (const std::size_t distance = editDistance(name, candidate); distance <= limit && distance < bestDistance) {
            bestDistance = distance;
            best = std::string(candidate);
        }
    }
    return best;
}

std::string didYouMean(std::string_view name, const std::vector<std::string_view>& candidates)
{
    const auto closest = closestName(name, candidates);
    return closest ? " (did you mean \"" + *closest + "\"?)" : std::string();
}


std::vector<std::string> nearestNames(std::string_view name, std::span<const std::string> candidates,
                                      std::size_t count)
{
    std::vector<std::pair<std::size_t, std::size_t>> ranked; // distance, index
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        ranked.emplace_back(editDistance(name, candidates[i]), i);
    }
    std::ranges::stable_sort(ranked, {}, &std::pair<std::size_t, std::size_t>::first);
    std::vector<std::string> nearest;
    for (std::size_t i = 0; i < ranked.size() && i < count; ++i) {
        nearest.push_back(candidates[ranked[i].second]);
    }
    return nearest;
}

} // namespace helder::core
