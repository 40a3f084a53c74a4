#include "keyboards/KeyboardJson.hpp"

#include "core/JsonSource.hpp"
#include "keyboards/LabelJson.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <set>

namespace helder::keyboards {

namespace {

using nlohmann::json;
using core::JsonSource;

class KeyboardReader : LabelJsonReader {
public:
    using LabelJsonReader::LabelJsonReader;

    std::expected<Layout, core::Diagnostic> layout()
    {
        const json& root = m_source.root();
        if (!root.is_object())
            return fail("wrong-type", "", "a keyboard layout must be an object");
        if (auto unknown = unknownKey(root, "", {"source", "rows"}))
            return std::unexpected(std::move(*unknown));
        Layout result;
        if (auto source = text(root, "", "source", true); !source)
            return std::unexpected(std::move(source.error()));
        else
            result.source = std::move(*source);
        if (!root.contains("rows") || !root.at("rows").is_array() || root.at("rows").empty())
            return fail("wrong-type", "/rows", "\"rows\" must be a non-empty array of rows");
        const json& rows = root.at("rows");
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const std::string rowPointer = JsonSource::childPointer("/rows", r);
            if (!rows[r].is_array() || rows[r].empty())
                return fail("wrong-type", rowPointer, "a row must be a non-empty array of keys");
            std::vector<Key> row;
            for (std::size_t k = 0; k < rows[r].size(); ++k) {
                auto key = readKey(rows[r][k], JsonSource::childPointer(rowPointer, k));
                if (!key)
                    return std::unexpected(std::move(key.error()));
                row.push_back(std::move(*key));
            }
            result.rows.push_back(std::move(row));
        }
        return result;
    }

private:
    std::expected<std::string, core::Diagnostic> text(const json& object, const std::string& pointer,
                                                      const std::string& name, bool required) const
    {
        const std::string child = JsonSource::childPointer(pointer, name);
        if (!object.contains(name)) {
            if (required)
                return fail("missing-key", pointer, "missing \"" + name + "\"");
            return std::string();
        }
        if (!object.at(name).is_string())
            return fail("wrong-type", child, "\"" + name + "\" must be a string");
        return object.at(name).get<std::string>();
    }

    std::expected<Key, core::Diagnostic> readKey(const json& value, const std::string& pointer)
    {
        if (!value.is_object())
            return fail("wrong-type", pointer, "a key must be an object");
        if (auto unknown = unknownKey(value, pointer, {"key", "base", "shift", "long_press", "shift_long_press"}))
            return std::unexpected(std::move(*unknown));
        Key key;
        auto id = text(value, pointer, "key", true);
        if (!id)
            return std::unexpected(std::move(id.error()));
        if (id->empty() || !m_ids.insert(*id).second)
            return fail("duplicate-key", JsonSource::childPointer(pointer, "key"),
                        "the key id \"" + *id + "\" is empty or used twice");
        key.id = std::move(*id);
        if (!value.contains("base"))
            return fail("missing-key", pointer, "missing \"base\"");
        auto base = label(value.at("base"), JsonSource::childPointer(pointer, "base"));
        if (!base)
            return std::unexpected(std::move(base.error()));
        key.base = std::move(*base);
        if (value.contains("shift") && !(value.at("shift").is_string() && value.at("shift").get_ref<const std::string&>().empty())) {
            auto shift = label(value.at("shift"), JsonSource::childPointer(pointer, "shift"));
            if (!shift)
                return std::unexpected(std::move(shift.error()));
            key.shift = std::move(*shift);
        }
        auto longPress = labels(value, pointer, "long_press");
        if (!longPress)
            return std::unexpected(std::move(longPress.error()));
        key.longPress = std::move(*longPress);
        auto shiftLongPress = labels(value, pointer, "shift_long_press");
        if (!shiftLongPress)
            return std::unexpected(std::move(shiftLongPress.error()));
        key.shiftLongPress = std::move(*shiftLongPress);
        return key;
    }

    std::set<std::string> m_ids;
};

} // namespace

std::string writeKeyboardJson(const Layout& layout)
{
    std::string out = "{\n  \"source\": " + quoted(layout.source) + ",\n  \"rows\": [\n";
    for (std::size_t r = 0; r < layout.rows.size(); ++r) {
        out += "    [\n";
        const auto& row = layout.rows[r];
        for (std::size_t k = 0; k < row.size(); ++k) {
            const Key& key = row[k];
            out += "      {\"key\": " + quoted(key.id) + ", \"base\": " + quoted(key.base) + ", \"shift\": "
                + quoted(key.shift) + ", \"long_press\": " + quotedList(key.longPress)
                + ", \"shift_long_press\": " + quotedList(key.shiftLongPress) + "}";
            out += k + 1 < row.size() ? ",\n" : "\n";
        }
        out += r + 1 < layout.rows.size() ? "    ],\n" : "    ]\n";
    }
    return out + "  ]\n}\n";
}

std::expected<Layout, core::Diagnostic> parseKeyboardJson(std::string fileName, std::string_view text)
{
    auto source = JsonSource::parse(std::move(fileName), text);
    if (!source)
        return std::unexpected(std::move(source.error()));
    return KeyboardReader(*source).layout();
}

} // namespace helder::keyboards
