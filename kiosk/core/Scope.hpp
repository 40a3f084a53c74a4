#pragma once
// What an expression reads: answers, computed values, repeating groups and today's date.

#include "core/Date.hpp"
#include "core/Value.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace helder::core {

class Scope {
public:
    virtual ~Scope() = default;
    // Value of a question or computed value; std::nullopt when the name does not exist at all.
    virtual std::optional<Value> value(std::string_view name) const = 0;
    // Members of a repeating group; std::nullopt when the name is not a repeating group.
    virtual std::optional<std::size_t> memberCount(std::string_view group) const = 0;
    // Value of a question inside member `index` (0-based) of a group; nullopt for an unknown name.
    virtual std::optional<Value> memberValue(std::string_view group, std::size_t index,
                                             std::string_view name) const = 0;
    virtual Date today() const = 0;
};

} // namespace helder::core
