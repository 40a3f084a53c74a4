#include "core/JsonObjectReader.hpp"

#include "core/ClosestName.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace helder::core {
namespace {

std::string unknownKeyMessage(std::string_view key, std::initializer_list<std::string_view> allowed)
{
    std::string message = "unknown key \"" + std::string(key) + "\"" + didYouMean(key, allowed) + "; allowed here:";
    for (const auto candidate : allowed) {
        message += ' ';
        message += candidate;
    }
    return message;
}

bool isString(const nlohmann::json& value) { return value.is_string(); }
bool isBoolean(const nlohmann::json& value) { return value.is_boolean(); }
bool isInteger(const nlohmann::json& value) { return value.is_number_integer(); }
bool isNumber(const nlohmann::json& value) { return value.is_number(); }
bool isArray(const nlohmann::json& value) { return value.is_array(); }
bool isObjectValue(const nlohmann::json& value) { return value.is_object(); }
bool isAnything(const nlohmann::json&) { return true; }

} // namespace

const nlohmann::json* jsonAt(const JsonSource& source, const std::string& pointer)
{
    try {
        const nlohmann::json::json_pointer path(pointer);
        return source.root().contains(path) ? &source.root().at(path) : nullptr;
    } catch (const nlohmann::json::exception&) {
        return nullptr;
    }
}

std::string jsonTypeName(const nlohmann::json& value)
{
    if (value.is_number_integer()) {
        return "integer";
    }
    if (value.is_number()) {
        return "number";
    }
    return value.type_name();
}

JsonObjectReader::JsonObjectReader(const JsonSource& source, std::string pointer, Diagnostics& diagnostics)
    : m_source(source), m_pointer(std::move(pointer)), m_diagnostics(diagnostics)
{
    const nlohmann::json* value = jsonAt(source, m_pointer);
    if (value && value->is_object()) {
        m_object = value;
    } else if (value) {
        m_diagnostics.push_back(m_source.error("wrong-type", m_pointer,
            "expected an object, found " + jsonTypeName(*value)));
    }
}

void JsonObjectReader::allowOnly(std::initializer_list<std::string_view> keys) const
{
    if (!m_object) {
        return;
    }
    for (const auto& [key, value] : m_object->items()) {
        if (std::ranges::find(keys, std::string_view(key)) == keys.end()) {
            keyError("unknown-key", key, unknownKeyMessage(key, keys));
        }
    }
}

bool JsonObjectReader::has(std::string_view key) const
{
    return m_object && m_object->contains(key);
}

std::vector<std::string> JsonObjectReader::keys() const
{
    std::vector<std::string> result;
    if (m_object) {
        for (const auto& [key, value] : m_object->items()) {
            result.push_back(key);
        }
    }
    return result;
}

const nlohmann::json* JsonObjectReader::typed(std::string_view key, Need need,
                                              bool (*accepts)(const nlohmann::json&),
                                              std::string_view expected) const
{
    if (!m_object) {
        return nullptr;
    }
    const auto it = m_object->find(key);
    if (it == m_object->end()) {
        if (need == Need::Required) {
            missing("missing-key", key, "missing required key \"" + std::string(key) + "\"");
        }
        return nullptr;
    }
    if (!accepts(*it)) {
        error("wrong-type", key, "expected " + std::string(expected) + ", found " + jsonTypeName(*it));
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> JsonObjectReader::string(std::string_view key, Need need) const
{
    const nlohmann::json* value = typed(key, need, isString, "a string");
    return value ? std::optional(value->get<std::string>()) : std::nullopt;
}

std::optional<bool> JsonObjectReader::boolean(std::string_view key, Need need) const
{
    const nlohmann::json* value = typed(key, need, isBoolean, "true or false");
    return value ? std::optional(value->get<bool>()) : std::nullopt;
}

std::optional<std::int64_t> JsonObjectReader::integer(std::string_view key, Need need) const
{
    const nlohmann::json* value = typed(key, need, isInteger, "an integer");
    if (!value) {
        return std::nullopt;
    }
    if (value->is_number_unsigned() && value->get<std::uint64_t>() > std::numeric_limits<std::int64_t>::max()) {
        error("bad-value", key, "number too large");
        return std::nullopt;
    }
    return value->get<std::int64_t>();
}

std::optional<double> JsonObjectReader::number(std::string_view key, Need need) const
{
    const nlohmann::json* value = typed(key, need, isNumber, "a number");
    if (!value) {
        return std::nullopt;
    }
    const auto result = value->get<double>();
    if (!std::isfinite(result)) {
        error("bad-value", key, "number out of range");
        return std::nullopt;
    }
    return result;
}

const nlohmann::json* JsonObjectReader::array(std::string_view key, Need need) const
{
    return typed(key, need, isArray, "an array");
}

const nlohmann::json* JsonObjectReader::object(std::string_view key, Need need) const
{
    return typed(key, need, isObjectValue, "an object");
}

const nlohmann::json* JsonObjectReader::value(std::string_view key, Need need) const
{
    return typed(key, need, isAnything, "a value");
}

std::string JsonObjectReader::childPointer(std::string_view key) const
{
    return JsonSource::childPointer(m_pointer, key);
}

SourcePosition JsonObjectReader::positionOf(std::string_view key) const
{
    return m_source.positionOf(childPointer(key));
}

void JsonObjectReader::error(std::string code, std::string_view key, std::string message) const
{
    m_diagnostics.push_back(m_source.error(std::move(code), childPointer(key), std::move(message)));
}

void JsonObjectReader::keyError(std::string code, std::string_view key, std::string message) const
{
    m_diagnostics.push_back(m_source.keyError(std::move(code), childPointer(key), std::move(message)));
}

void JsonObjectReader::missing(std::string code, std::string_view key, std::string message) const
{
    // The pointer names the missing key; the position is its parent object's.
    Diagnostic diagnostic = m_source.error(std::move(code), childPointer(key), std::move(message));
    diagnostic.position = m_source.positionOf(m_pointer);
    m_diagnostics.push_back(std::move(diagnostic));
}

} // namespace helder::core
