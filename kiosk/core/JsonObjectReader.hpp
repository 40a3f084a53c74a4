#pragma once
// Reads one JSON object of a template or language file (internal to the template loader): every
// key must be known, every value must have the expected JSON type, required keys must be present.
// Each problem becomes a Diagnostic with the file, the JSON pointer and the line:column.

#include "core/Diagnostic.hpp"
#include "core/JsonSource.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helder::core {

enum class Need { Required, Optional };

class JsonObjectReader {
public:
    // Reports a wrong-type error when the value at `pointer` is not an object; every accessor then
    // returns nothing.
    JsonObjectReader(const JsonSource& source, std::string pointer, Diagnostics& diagnostics);

    [[nodiscard]] bool isObject() const { return m_object != nullptr; }
    [[nodiscard]] const std::string& pointer() const { return m_pointer; }
    [[nodiscard]] const JsonSource& source() const { return m_source; }
    [[nodiscard]] Diagnostics& diagnostics() const { return m_diagnostics; }

    // Every other key is reported as unknown-key, at the key.
    void allowOnly(std::initializer_list<std::string_view> keys) const;
    [[nodiscard]] bool has(std::string_view key) const;
    [[nodiscard]] std::vector<std::string> keys() const;

    // Absent optional keys give std::nullopt silently; absent required ones give missing-key;
    // a value of another JSON type gives wrong-type.
    std::optional<std::string> string(std::string_view key, Need need) const;
    std::optional<bool> boolean(std::string_view key, Need need) const;
    std::optional<std::int64_t> integer(std::string_view key, Need need) const;
    std::optional<double> number(std::string_view key, Need need) const;
    const nlohmann::json* array(std::string_view key, Need need) const;
    const nlohmann::json* object(std::string_view key, Need need) const;
    // The raw value, with only the missing-key check.
    const nlohmann::json* value(std::string_view key, Need need) const;

    [[nodiscard]] std::string childPointer(std::string_view key) const;
    [[nodiscard]] SourcePosition positionOf(std::string_view key) const;

    void error(std::string code, std::string_view key, std::string message) const;
    void keyError(std::string code, std::string_view key, std::string message) const;
    void missing(std::string code, std::string_view key, std::string message) const;

private:
    const nlohmann::json* typed(std::string_view key, Need need, bool (*accepts)(const nlohmann::json&),
                                std::string_view expected) const;

    const JsonSource& m_source;
    std::string m_pointer;
    Diagnostics& m_diagnostics;
    const nlohmann::json* m_object = nullptr;
};

// The value at a JSON pointer; nullptr when it does not exist.
const nlohmann::json* jsonAt(const JsonSource& source, const std::string& pointer);

// "string", "number", "object", ... for messages.
std::string jsonTypeName(const nlohmann::json& value);

} // namespace helder::core
