#include "keyboards/KeyboardGenerator.hpp"

#include "keyboards/GeezPicker.hpp"
#include "keyboards/GeezPickerJson.hpp"
#include "keyboards/KeyboardJson.hpp"
#include "keyboards/LayoutBuilder.hpp"

namespace helder::keyboards {

std::expected<Layout, core::Diagnostic> generateLayout(const LayoutSpec& spec, const XkbIncludeResolver& resolver,
                                                       const KeysymTable& keysyms)
{
    auto variant = resolver.variantName(spec.xkbFile, spec.xkbVariant);
    if (!variant)
        return std::unexpected(std::move(variant.error()));
    auto keys = resolver.resolve(spec.xkbFile, *variant);
    if (!keys)
        return std::unexpected(std::move(keys.error()));
    return buildLayout(*keys, keysyms, spec.extraLongPress,
                       "xkb-data symbols/" + spec.xkbFile + "(" + *variant + ")");
}

std::expected<std::vector<GeneratedFile>, core::Diagnostic> generateKeyboardFiles(const XkbIncludeResolver& resolver,
                                                                                 const KeysymTable& keysyms)
{
    std::vector<GeneratedFile> files;
    for (const LayoutSpec& spec : generatedLayouts()) {
        auto layout = generateLayout(spec, resolver, keysyms);
        if (!layout)
            return std::unexpected(std::move(layout.error()));
        auto path = keyboardFile(spec.name);
        if (!path)
            return std::unexpected(std::move(path.error()));
        files.push_back({std::move(*path), writeKeyboardJson(*layout)});
    }
    auto geezPath = keyboardFile(geezPickerName);
    if (!geezPath)
        return std::unexpected(std::move(geezPath.error()));
    files.push_back({std::move(*geezPath), writeGeezPickerJson(buildGeezPicker())});
    return files;
}

} // namespace helder::keyboards
