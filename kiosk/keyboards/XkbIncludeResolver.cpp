#include "keyboards/XkbIncludeResolver.hpp"

#include "keyboards/XkbSymbolsParser.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <utility>

namespace helder::keyboards {

namespace {

core::Diagnostic includeError(std::string code, std::string file, std::string message)
{
    core::Diagnostic error;
    error.code = std::move(code);
    error.file = std::move(file);
    error.message = std::move(message);
    return error;
}

void merge(KeyLevels& into, const KeyLevels& from, MergeMode mode)
{
    for (std::size_t level = 0; level < into.size(); ++level) {
        if (from[level].empty())
            continue;
        if (mode == MergeMode::Override || into[level].empty())
            into[level] = from[level];
    }
}

std::string label(const std::string& file, const std::string& variant)
{
    return file + "(" + variant + ")";
}

} // namespace

std::expected<XkbVariant, core::Diagnostic> XkbIncludeResolver::load(const std::string& file,
                                                                     const std::string& variant) const
{
    const auto text = m_reader(file);
    if (!text)
        return std::unexpected(includeError("xkb-missing-file", file, "no symbols file \"" + file + "\""));
    auto variants = XkbSymbolsParser::parse(file, *text);
    if (!variants)
        return std::unexpected(std::move(variants.error()));
    if (variants->empty())
        return std::unexpected(includeError("xkb-unknown-variant", file, "the file defines no variant"));
    if (variant.empty()) {
        const auto marked = std::ranges::find_if(*variants, [](const XkbVariant& v) { return v.isDefault; });
        return marked == variants->end() ? variants->front() : *marked;
    }
    const auto named = std::ranges::find_if(*variants, [&](const XkbVariant& v) { return v.name == variant; });
    if (named == variants->end())
        return std::unexpected(includeError("xkb-unknown-variant", file, "no variant \"" + variant + "\""));
    return *named;
}

std::optional<core::Diagnostic> XkbIncludeResolver::resolveInto(XkbKeyMap& keys, const std::string& file,
                                                                const std::string& variant, MergeMode mode,
                                                                std::vector<Visit>& stack) const
{
    if (stack.size() >= maxDepth)
        return includeError("xkb-include-depth", stack.back().file,
                            "includes nest deeper than the limit at " + label(file, variant));
    auto loaded = load(file, variant);
    if (!loaded)
        return std::move(loaded.error());
    const bool seen = std::ranges::any_of(
        stack, [&](const Visit& visit) { return visit.file == file && visit.variant == loaded->name; });
    if (seen)
        return includeError("xkb-include-cycle", stack.back().file,
                            label(file, loaded->name) + " includes itself through " + label(stack.front().file, stack.front().variant));
    stack.push_back({file, loaded->name});

    // The variant's own definitions, with their includes expanded in place, merge into the
    // caller's keys with the mode of the statement that brought them in.
    XkbKeyMap own;
    for (const XkbStatement& statement : loaded->statements) {
        if (const auto* include = std::get_if<XkbInclude>(&statement)) {
            if (auto failed = resolveInto(own, include->file, include->variant, include->mode, stack))
                return failed;
        } else {
            const auto& key = std::get<XkbKey>(statement);
            merge(own[key.name], key.levels, key.mode);
        }
    }
    stack.pop_back();
    for (const auto& [name, levels] : own)
        merge(keys[name], levels, mode);
    return std::nullopt;
}

std::expected<XkbKeyMap, core::Diagnostic> XkbIncludeResolver::resolve(const std::string& file,
                                                                       const std::string& variant) const
{
    XkbKeyMap keys;
    std::vector<Visit> stack;
    if (auto failed = resolveInto(keys, file, variant, MergeMode::Override, stack))
        return std::unexpected(std::move(*failed));
    return keys;
}

std::expected<std::string, core::Diagnostic> XkbIncludeResolver::variantName(const std::string& file,
                                                                             const std::string& variant) const
{
    auto loaded = load(file, variant);
    if (!loaded)
        return std::unexpected(std::move(loaded.error()));
    return loaded->name;
}

XkbIncludeResolver::FileReader symbolsDirectoryReader(std::string directory)
{
    return [directory = std::move(directory)](const std::string& file) -> std::optional<std::string> {
        if (file.empty() || file.front() == '/' || file.find("..") != std::string::npos)
            return std::nullopt;
        std::ifstream in(directory + "/" + file, std::ios::binary);
        if (!in)
            return std::nullopt;
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    };
}

} // namespace helder::keyboards
