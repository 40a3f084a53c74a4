// The parser against all of the installed xkb-data, not only the layouts Helder ships.

#include "keyboards/KeyboardGenerator.hpp"
#include "keyboards/XkbIncludeResolver.hpp"
#include "keyboards/XkbSymbolsParser.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace helder::keyboards;

namespace {

std::string relativeName(const std::filesystem::path& path)
{
    return std::filesystem::relative(path, defaultSymbolsDirectory).string();
}

} // namespace

TEST_CASE("every symbols file of xkb-data parses")
{
    const auto reader = symbolsDirectoryReader(defaultSymbolsDirectory);
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(defaultSymbolsDirectory)) {
        if (!entry.is_regular_file())
            continue;
        const std::string name = relativeName(entry.path());
        const auto text = reader(name);
        REQUIRE(text.has_value());
        const auto variants = XkbSymbolsParser::parse(name, *text);
        CHECK_MESSAGE(variants.has_value(), helder::core::formatDiagnostic(variants.error()));
        ++files;
    }
    CHECK(files > 100);
}

TEST_CASE("the default variant of every top-level symbols file resolves")
{
    // xkb-data's vendor subfolders name files and variants that do not exist; the top level is whole.
    const XkbIncludeResolver resolver(symbolsDirectoryReader(defaultSymbolsDirectory));
    std::size_t resolved = 0;
    for (const auto& entry : std::filesystem::directory_iterator(defaultSymbolsDirectory)) {
        if (!entry.is_regular_file())
            continue;
        const std::string name = relativeName(entry.path());
        const auto keys = resolver.resolve(name, "");
        CHECK_MESSAGE(keys.has_value(), helder::core::formatDiagnostic(keys.error()));
        ++resolved;
    }
    CHECK(resolved > 100);
}
