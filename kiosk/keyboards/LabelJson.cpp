#include "keyboards/LabelJson.hpp"

#include <algorithm>

namespace helder::keyboards {

using core::JsonSource;
using nlohmann::json;

std::string quoted(const std::string& text)
{
    return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string quotedList(std::span<const std::string> items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i ? ", " : "") + quoted(items[i]);
    }
    return out + "]";
}

std::unexpected<core::Diagnostic> LabelJsonReader::fail(std::string code, std::string pointer,
                                                       std::string message) const
{
    return std::unexpected(m_source.error(std::move(code), std::move(pointer), std::move(message)));
}

std::optional<core::Diagnostic> LabelJsonReader::unknownKey(const json& object, const std::string& pointer,
                                                            std::initializer_list<std::string_view> known) const
{
    for (const auto& [name, value] : object.items()) {
        if (std::ranges::find(known, std::string_view(name)) == known.end()) {
            return m_source.keyError("unknown-key", JsonSource::childPointer(pointer, name),
                                     "unknown key \"" + name + "\"");
        }
    }
    return std::nullopt;
}

std::expected<std::string, core::Diagnostic> LabelJsonReader::label(const json& value,
                                                                    const std::string& pointer) const
{
    if (!value.is_string()) {
        return fail("wrong-type", pointer, "a label must be a string");
    }
    const auto& text = value.get_ref<const std::string&>();
    if (text.empty() || text.size() > maxLabelBytes) {
        return fail("invalid-label", pointer, "a label must be one to a few characters");
    }
    return text;
}

std::expected<std::vector<std::string>, core::Diagnostic> LabelJsonReader::labels(const json& object,
    const std::string& pointer, const std::string& name) const
{
    std::vector<std::string> result;
    if (!object.contains(name)) {
        return result;
    }
    const std::string child = JsonSource::childPointer(pointer, name);
    const json& items = object.at(name);
    if (!items.is_array()) {
        return fail("wrong-type", child, "\"" + name + "\" must be an array of strings");
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto item = label(items[i], JsonSource::childPointer(child, i));
        if (!item) {
            return std::unexpected(std::move(item.error()));
        }
        result.push_back(std::move(*item));
    }
    return result;
}

} // namespace helder::keyboards
