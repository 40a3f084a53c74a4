// The expression parser and, for what parses, the evaluator over a small fixed scope.

#include "FuzzInput.hpp"

#include "core/Expression.hpp"
#include "core/Scope.hpp"

#include <map>
#include <string>
#include <vector>

namespace {

using helder::core::Date;
using helder::core::Decimal;
using helder::core::Value;

class FixedScope final : public helder::core::Scope {
public:
    std::optional<Value> value(std::string_view name) const override
    {
        static const std::map<std::string, Value, std::less<>> values{
            {"income", Value(*Decimal::parse("1234.56"))},
            {"birth_date", Value(*Date::parseIso("1985-07-30"))},
            {"has_income", Value(true)},
            {"name", Value("Łódź محمد")},
            {"unknown_answer", Value::unknown()},
            {"benefits", Value(helder::core::Choices{"leefloon", "child_benefit"})},
        };
        const auto found = values.find(name);
        return found == values.end() ? std::nullopt : std::optional<Value>(found->second);
    }
    std::optional<std::size_t> memberCount(std::string_view group) const override
    {
        return group == "household" ? std::optional<std::size_t>(2) : std::nullopt;
    }
    std::optional<Value> memberValue(std::string_view group, std::size_t index, std::string_view name) const override
    {
        if (group != "household" || index >= 2) {
            return std::nullopt;
        }
        if (name == "age") {
            return Value(Decimal::fromInt(index == 0 ? 7 : 40));
        }
        return name == "income" ? std::optional<Value>(Value::unknown()) : std::nullopt;
    }
    Date today() const override { return *Date::parseIso("2026-11-23"); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto expression = helder::core::Expression::parse(helder::fuzz::asText(data, size));
    if (expression) {
        const FixedScope scope;
        (void)expression->evaluate(scope);
    }
    return 0;
}
