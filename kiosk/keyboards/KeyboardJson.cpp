#include "keyboards/KeyboardJson.hpp"

#include "core/JsonSource.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <set>

namespace helder::keyboards {

namespace {

using nlohmann::json;
using core::JsonSource;

// A label longer than this is no key label (the longest real one is a base letter with marks).
constexpr std::size_t maxLabelBytes = 32;

std::string quoted(const std::string& text)
{
    return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string quotedList(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + quoted(items[i]);
    return out + "]";
}

class Reader {
public:
    explicit Reader(const JsonSource& source) : m_source(source) {}

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
    std::unexpected<core::Diagnostic> fail(std::string code, std::string pointer, std::string message) const
    {
        return std::unexpected(m_source.error(std::move(code), std::move(pointer), std::move(message)));
    }

    std::optional<core::Diagnostic> unknownKey(const json& object, const std::string& pointer,
                                               std::initializer_list<std::string_view> known) const
    {
        for (const auto& [name, value] : object.items()) {
            if (std::ranges::find(known, std::string_view(name)) == known.end())
                return m_source.keyError("unknown-key", JsonSource::childPointer(pointer, name),
                                         "unknown key \"" + name + "\"");
        }
        return std::nullopt;
    }

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

    std::expected<std::string, core::Diagnostic> label(const json& value, const std::string& pointer) const
    {
        if (!value.is_string())
            return fail("wrong-type", pointer, "a key label must be a string");
        const auto& text = value.get_ref<const std::string&>();
        if (text.empty() || text.size() > maxLabelBytes)
            return fail("invalid-label", pointer, "a key label must be one to a few characters");
        return text;
    }

    std::expected<std::vector<std::string>, core::Diagnostic> labels(const json& object, const std::string& pointer,
                                                                     const std::string& name) const
    {
        std::vector<std::string> result;
        if (!object.contains(name))
            return result;
        const std::string child = JsonSource::childPointer(pointer, name);
        if (!object.at(name).is_array())
            return fail("wrong-type", child, "\"" + name + "\" must be an array of strings");
        const json& items = object.at(name);
        for (std::size_t i = 0; i < items.size(); ++i) {
            auto item = label(items[i], JsonSource::childPointer(child, i));
            if (!item)
                return std::unexpected(std::move(item.error()));
            result.push_back(std::move(*item));
        }
        return result;
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

    const JsonSource& m_source;
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
    return Reader(*source).layout();
}

} // namespace helder::keyboards
