#pragma once
// Follows the include statements of an xkb symbols variant down to one key map, as xkbcomp
// would for group 1: included files first, then the variant's own keys over them.

#include "core/Diagnostic.hpp"
#include "keyboards/XkbSymbols.hpp"

#include <cstddef>
#include <expected>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace helder::keyboards {

class XkbIncludeResolver {
public:
    // The text of a symbols file by its name relative to the symbols directory ("latin",
    // "sun_vndr/be"), or std::nullopt when there is none.
    using FileReader = std::function<std::optional<std::string>(const std::string& file)>;

    // Deeper than any include chain in xkb-data (three levels at most).
    static constexpr std::size_t maxDepth = 12;

    explicit XkbIncludeResolver(FileReader reader) : m_reader(std::move(reader)) {}

    // An empty variant means the file's default one (marked "default", else its first). Errors:
    // xkb-syntax, xkb-missing-file, xkb-unknown-variant, xkb-include-cycle, xkb-include-depth, each
    // naming the file that holds the problem.
    [[nodiscard]] std::expected<XkbKeyMap, core::Diagnostic> resolve(const std::string& file,
                                                                     const std::string& variant) const;

    // The name of the variant an empty name stands for, for "symbols/pl(basic)" labels.
    [[nodiscard]] std::expected<std::string, core::Diagnostic> variantName(const std::string& file,
                                                                          const std::string& variant) const;

private:
    struct Visit {
        std::string file;
        std::string variant;
    };

    std::expected<XkbVariant, core::Diagnostic> load(const std::string& file, const std::string& variant) const;
    std::optional<core::Diagnostic> resolveInto(XkbKeyMap& keys, const std::string& file,
                                                const std::string& variant, MergeMode mode,
                                                std::vector<Visit>& stack) const;

    FileReader m_reader;
};

// Reads symbols files from a directory (normally /usr/share/X11/xkb/symbols). Names with ".."
// or a leading "/" are refused, so an include cannot leave the directory.
XkbIncludeResolver::FileReader symbolsDirectoryReader(std::string directory);

} // namespace helder::keyboards
