#pragma once
// What the layout files and the Ge'ez picker file share (internal to keyboards/): writing labels as
// JSON, and reading objects of labels back with the position of every problem.

#include "core/Diagnostic.hpp"
#include "core/JsonSource.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <expected>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace helder::keyboards {

// A label longer than this is no key label (the longest real one is a base letter with marks).
inline constexpr std::size_t maxLabelBytes = 32;

std::string quoted(const std::string& text);
std::string quotedList(std::span<const std::string> items);

class LabelJsonReader {
public:
    explicit LabelJsonReader(const core::JsonSource& source) : m_source(source) {}

protected:
    std::unexpected<core::Diagnostic> fail(std::string code, std::string pointer, std::string message) const;
    std::optional<core::Diagnostic> unknownKey(const nlohmann::json& object, const std::string& pointer,
                                               std::initializer_list<std::string_view> known) const;
    std::expected<std::string, core::Diagnostic> label(const nlohmann::json& value, const std::string& pointer) const;
    // The labels under `name`; none when the key is absent.
    std::expected<std::vector<std::string>, core::Diagnostic> labels(const nlohmann::json& object,
        const std::string& pointer, const std::string& name) const;

    const core::JsonSource& m_source;
};

} // namespace helder::keyboards
