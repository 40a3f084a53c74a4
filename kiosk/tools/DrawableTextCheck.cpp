#include "tools/DrawableTextCheck.hpp"

#include "core/JsonSource.hpp"
#include "storage/TextFile.hpp"

#include <iomanip>
#include <sstream>
#include <vector>

namespace helder::tools {
namespace {

// Language files are small; a larger one is refused by the loaders already.
constexpr std::uintmax_t maxFileBytes = 1024 * 1024;

std::string codePointName(char32_t codePoint)
{
    std::ostringstream name;
    name << "U+" << std::uppercase << std::hex << std::setw(4) << std::setfill('0')
         << static_cast<std::uint32_t>(codePoint);
    return name.str();
}

} // namespace

core::Diagnostics checkDrawableTexts(const std::filesystem::path& file, text::TextEngine& engine)
{
    core::Diagnostics diagnostics;
    auto text = storage::readTextFile(file, maxFileBytes);
    if (!text) {
        return diagnostics; // the loaders report unreadable files
    }
    auto source = core::JsonSource::parse(file.string(), *text);
    if (!source) {
        return diagnostics; // and syntax errors
    }
    // Iteratively: JsonSource bounds the depth, but a walk need not rely on it.
    std::vector<std::pair<std::string, const nlohmann::json*>> pending{{"", &source->root()}};
    while (!pending.empty()) {
        const auto [pointer, value] = pending.back();
        pending.pop_back();
        if (value->is_object()) {
            for (const auto& [key, child] : value->items()) {
                pending.emplace_back(core::JsonSource::childPointer(pointer, key), &child);
            }
        } else if (value->is_array()) {
            for (std::size_t i = 0; i < value->size(); ++i) {
                pending.emplace_back(core::JsonSource::childPointer(pointer, i), &(*value)[i]);
            }
        } else if (value->is_string()) {
            const auto missing = engine.coverage(value->get_ref<const std::string&>());
            if (missing.empty()) {
                continue;
            }
            std::string names;
            for (const text::MissingCodePoint& m : missing) {
                names += (names.empty() ? "" : ", ") + codePointName(m.codePoint);
            }
            diagnostics.push_back(source->error("undrawable-text", pointer,
                "no installed font can draw " + names + "; it would print as an empty box"));
        }
    }
    return diagnostics;
}

} // namespace helder::tools
