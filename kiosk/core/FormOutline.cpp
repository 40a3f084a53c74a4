#include "core/FormOutline.hpp"

#include <algorithm>

namespace helder::core {

const OutlineQuestion* FormOutline::question(std::string_view id) const
{
    const auto it = std::ranges::find(questions, id, &OutlineQuestion::id);
    return it != questions.end() ? &*it : nullptr;
}

const OutlineGroup* FormOutline::group(std::string_view id) const
{
    const auto it = std::ranges::find(groups, id, &OutlineGroup::id);
    return it != groups.end() ? &*it : nullptr;
}

bool FormOutline::isComputed(std::string_view id) const
{
    return std::ranges::find(computed, id) != computed.end();
}

} // namespace helder::core
