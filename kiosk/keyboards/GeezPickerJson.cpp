#include "keyboards/GeezPickerJson.hpp"

#include "core/JsonSource.hpp"
#include "keyboards/LabelJson.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace helder::keyboards {

namespace {

using nlohmann::json;
using core::JsonSource;

class PickerReader : LabelJsonReader {
public:
    using LabelJsonReader::LabelJsonReader;

    std::expected<GeezPicker, core::Diagnostic> picker() const
    {
        const json& root = m_source.root();
        if (!root.is_object())
            return fail("wrong-type", "", "the Ge'ez picker must be an object");
        if (auto unknown = unknownKey(root, "", {"source", "consonants", "punctuation"}))
            return std::unexpected(std::move(*unknown));
        GeezPicker result;
        if (!root.contains("source") || !root.at("source").is_string())
            return fail("missing-key", "/source", "\"source\" must be a string");
        result.source = root.at("source").get<std::string>();
        if (!root.contains("consonants") || !root.at("consonants").is_array() || root.at("consonants").empty())
            return fail("wrong-type", "/consonants", "\"consonants\" must be a non-empty array");
        const json& consonants = root.at("consonants");
        for (std::size_t i = 0; i < consonants.size(); ++i) {
            auto consonant = readConsonant(consonants[i], JsonSource::childPointer("/consonants", i));
            if (!consonant)
                return std::unexpected(std::move(consonant.error()));
            result.consonants.push_back(std::move(*consonant));
        }
        auto punctuation = labels(root, "", "punctuation");
        if (!punctuation)
            return std::unexpected(std::move(punctuation.error()));
        result.punctuation = std::move(*punctuation);
        return result;
    }

private:
    std::expected<GeezConsonant, core::Diagnostic> readConsonant(const json& value, const std::string& pointer) const
    {
        if (!value.is_object())
            return fail("wrong-type", pointer, "a consonant must be an object");
        if (auto unknown = unknownKey(value, pointer, {"name", "orders", "labialised"}))
            return std::unexpected(std::move(*unknown));
        GeezConsonant consonant;
        if (!value.contains("name") || !value.at("name").is_string())
            return fail("missing-key", JsonSource::childPointer(pointer, "name"), "\"name\" must be a string");
        consonant.name = value.at("name").get<std::string>();
        auto orders = labels(value, pointer, "orders");
        if (!orders)
            return std::unexpected(std::move(orders.error()));
        if (orders->size() != consonant.orders.size())
            return fail("wrong-order-count", JsonSource::childPointer(pointer, "orders"),
                        "a consonant has exactly seven orders (ä u i a e ə o)");
        std::ranges::move(*orders, consonant.orders.begin());
        auto labialised = labels(value, pointer, "labialised");
        if (!labialised)
            return std::unexpected(std::move(labialised.error()));
        consonant.labialised = std::move(*labialised);
        return consonant;
    }

};

} // namespace

std::string writeGeezPickerJson(const GeezPicker& picker)
{
    std::string out = "{\n  \"source\": " + quoted(picker.source) + ",\n  \"consonants\": [\n";
    for (std::size_t i = 0; i < picker.consonants.size(); ++i) {
        const GeezConsonant& consonant = picker.consonants[i];
        out += "    {\"name\": " + quoted(consonant.name) + ", \"orders\": " + quotedList(consonant.orders)
            + ", \"labialised\": " + quotedList(consonant.labialised) + "}";
        out += i + 1 < picker.consonants.size() ? ",\n" : "\n";
    }
    return out + "  ],\n  \"punctuation\": " + quotedList(picker.punctuation) + "\n}\n";
}

std::expected<GeezPicker, core::Diagnostic> parseGeezPickerJson(std::string fileName, std::string_view text)
{
    auto source = JsonSource::parse(std::move(fileName), text);
    if (!source)
        return std::unexpected(std::move(source.error()));
    return PickerReader(*source).picker();
}

} // namespace helder::keyboards
