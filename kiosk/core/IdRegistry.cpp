#include "core/IdRegistry.hpp"

#include <algorithm>
#include <array>

namespace helder::core {
namespace {

constexpr std::size_t maxIdLength = 64;

} // namespace

bool IdRegistry::isReserved(std::string_view id)
{
    // `value` is the answer being checked inside a rule.
    constexpr std::array<std::string_view, 7> reserved{"and", "or", "not", "in", "true", "false", "value"};
    return std::ranges::find(reserved, id) != reserved.end();
}

bool IdRegistry::hasIdSyntax(std::string_view id)
{
    if (id.empty() || id.size() > maxIdLength || id.front() < 'a' || id.front() > 'z') {
        return false;
    }
    return std::ranges::all_of(id, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

bool IdRegistry::claim(const JsonObjectReader& reader, std::string_view key, const std::string& id)
{
    if (const auto it = m_seen.find(id); it != m_seen.end()) {
        reader.error("duplicate-id", key, "the " + m_kind + " id \"" + id + "\" is already used at line "
            + std::to_string(it->second.line) + ':' + std::to_string(it->second.column));
        return false;
    }
    if (!hasIdSyntax(id)) {
        reader.error("invalid-id", key, "invalid id \"" + id
            + "\": use lower-case letters a-z, digits and '_', starting with a letter, at most "
            + std::to_string(maxIdLength) + " characters");
    } else if (isReserved(id)) {
        reader.error("invalid-id", key, "\"" + id + "\" is a reserved word of the expression language");
    }
    m_seen.emplace(id, reader.positionOf(key));
    return true;
}

} // namespace helder::core
