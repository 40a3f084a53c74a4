#pragma once
// The value of an answer, a computed value or an expression.

#include "core/Date.hpp"
#include "core/Decimal.hpp"

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace helder::core {

// The chosen option ids of a multiple-choice question, in option order.
using Choices = std::vector<std::string>;

struct Value {
    // std::monostate is "unknown": unanswered, or answered "I don't know".
    using Storage = std::variant<std::monostate, bool, Decimal, Date, std::string, Choices>;

    Storage data;

    Value() = default;
    // Explicit, so that a string literal or an int never silently becomes a bool.
    explicit Value(bool value) : data(value) {}
    explicit Value(Decimal value) : data(value) {}
    explicit Value(Date value) : data(value) {}
    explicit Value(std::string value) : data(std::move(value)) {}
    explicit Value(const char* value) : data(std::string(value)) {}
    explicit Value(Choices value) : data(std::move(value)) {}

    static Value unknown() { return Value(); }

    [[nodiscard]] bool isUnknown() const { return std::holds_alternative<std::monostate>(data); }
    [[nodiscard]] bool isBool() const { return std::holds_alternative<bool>(data); }
    [[nodiscard]] bool isNumber() const { return std::holds_alternative<Decimal>(data); }
    [[nodiscard]] bool isDate() const { return std::holds_alternative<Date>(data); }
    [[nodiscard]] bool isText() const { return std::holds_alternative<std::string>(data); }
    [[nodiscard]] bool isChoices() const { return std::holds_alternative<Choices>(data); }

    // std::nullopt / nullptr when the value holds another type.
    [[nodiscard]] std::optional<bool> asBool() const;
    [[nodiscard]] std::optional<Decimal> asNumber() const;
    [[nodiscard]] std::optional<Date> asDate() const;
    [[nodiscard]] const std::string* asText() const;
    [[nodiscard]] const Choices* asChoices() const;

    // "unknown", "boolean", "number", "date", "text", "choices": used in error messages.
    [[nodiscard]] const char* typeName() const;
    // Classic locale, for logs and staff tools: "" for unknown, "true", "1234.5", "2026-11-23",
    // the text, choice ids joined by ", ".
    [[nodiscard]] std::string toDisplayString() const;

    friend bool operator==(const Value&, const Value&) = default;
};

} // namespace helder::core
