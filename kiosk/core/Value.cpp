#include "core/Value.hpp"

#include <iterator>

namespace helder::core {

std::optional<bool> Value::asBool() const
{
    const auto* value = std::get_if<bool>(&data);
    return value ? std::optional<bool>(*value) : std::nullopt;
}

std::optional<Decimal> Value::asNumber() const
{
    const auto* value = std::get_if<Decimal>(&data);
    return value ? std::optional<Decimal>(*value) : std::nullopt;
}

std::optional<Date> Value::asDate() const
{
    const auto* value = std::get_if<Date>(&data);
    return value ? std::optional<Date>(*value) : std::nullopt;
}

const std::string* Value::asText() const
{
    return std::get_if<std::string>(&data);
}

const Choices* Value::asChoices() const
{
    return std::get_if<Choices>(&data);
}

const char* Value::typeName() const
{
    static constexpr const char* names[] = {"unknown", "boolean", "number", "date", "text", "choices"};
    static_assert(std::size(names) == std::variant_size_v<Storage>);
    return names[data.index()];
}

std::string Value::toDisplayString() const
{
    struct Visitor {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(bool value) const { return value ? "true" : "false"; }
        std::string operator()(Decimal value) const { return value.toString(); }
        std::string operator()(Date value) const { return value.toIso(); }
        std::string operator()(const std::string& value) const { return value; }
        std::string operator()(const Choices& value) const
        {
            std::string out;
            for (const auto& choice : value) {
                if (!out.empty())
                    out += ", ";
                out += choice;
            }
            return out;
        }
    };
    return std::visit(Visitor{}, data);
}

} // namespace helder::core
