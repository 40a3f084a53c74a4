#include "keyboards/XkbIncludeResolver.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace helder::keyboards;

namespace {

XkbIncludeResolver fixtureResolver()
{
    return XkbIncludeResolver(symbolsDirectoryReader(helder::test::fixture("keyboards/symbols").string()));
}

KeyLevels levels(std::string a, std::string b = {}, std::string c = {}, std::string d = {})
{
    return {std::move(a), std::move(b), std::move(c), std::move(d)};
}

} // namespace

TEST_CASE("an include brings in the included file's default variant, and later keys override its levels")
{
    const auto keys = fixtureResolver().resolve("child", "");
    REQUIRE(keys.has_value());
    CHECK(keys->at("AE01") == levels("1", "exclam", "onesuperior", "exclamdown"));
    // symbols[Group1] replaces the levels it names; the levels it leaves out stay from the base.
    CHECK(keys->at("AD01") == levels("b", "B", "at", "Greek_OMEGA"));
    // NoSymbol keeps the included level, a new level 3 is added.
    CHECK(keys->at("AB01") == levels("z", "Z", "zabovedot"));
    // augment only fills empty levels.
    CHECK(keys->at("AC01") == levels("a", "A", "ae", "AE"));
    // A named variant of another file.
    CHECK(keys->at("AC02") == levels("s", "S", "ssharp", "U1E9E"));
    CHECK(keys->size() == 5);
}

TEST_CASE("a named variant is resolved, and an empty name means the default one")
{
    const auto resolver = fixtureResolver();
    const auto first = resolver.resolve("child", "first");
    REQUIRE(first.has_value());
    CHECK(first->at("AE01") == levels("9"));
    CHECK(resolver.variantName("child", "").value() == "basic");
    CHECK(resolver.variantName("loop_b", "").value() == "basic");
    const auto unknown = resolver.resolve("child", "nope");
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == "xkb-unknown-variant");
}

TEST_CASE("an include cycle between two files is reported, not followed forever")
{
    const auto keys = fixtureResolver().resolve("loop_a", "");
    REQUIRE_FALSE(keys.has_value());
    CHECK(keys.error().code == "xkb-include-cycle");
    CHECK(keys.error().file == "loop_b");
    CHECK(keys.error().message.find("loop_a(basic)") != std::string::npos);
}

TEST_CASE("a variant reaching itself through a sibling variant is a cycle too")
{
    const auto keys = fixtureResolver().resolve("self", "");
    REQUIRE_FALSE(keys.has_value());
    CHECK(keys.error().code == "xkb-include-cycle");
}

TEST_CASE("a missing include and an include leaving the symbols directory are errors")
{
    const auto missing = fixtureResolver().resolve("missing", "");
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == "xkb-missing-file");
    CHECK(missing.error().message.find("no_such_file") != std::string::npos);

    const auto escape = fixtureResolver().resolve("escape", "");
    REQUIRE_FALSE(escape.has_value());
    CHECK(escape.error().code == "xkb-missing-file");
}

TEST_CASE("a syntax error anywhere in an included file names that file and its line")
{
    const auto keys = fixtureResolver().resolve("broken", "");
    REQUIRE_FALSE(keys.has_value());
    CHECK(keys.error().code == "xkb-syntax");
    CHECK(keys.error().file == "broken");
    CHECK(keys.error().position.line == 7);
}

TEST_CASE("includes nesting deeper than the limit stop with an error")
{
    // v0 includes v1 includes v2 ... each a distinct variant, so only the depth limit stops it.
    const auto reader = [](const std::string& file) -> std::optional<std::string> {
        if (file != "deep")
            return std::nullopt;
        std::string text;
        for (std::size_t i = 0; i < 40; ++i)
            text += "xkb_symbols \"v" + std::to_string(i) + "\" { include \"deep(v" + std::to_string(i + 1)
                + ")\" };\n";
        return text;
    };
    const auto keys = XkbIncludeResolver(reader).resolve("deep", "v0");
    REQUIRE_FALSE(keys.has_value());
    CHECK(keys.error().code == "xkb-include-depth");
}

TEST_CASE("a chain within the limit resolves")
{
    const auto reader = [](const std::string& file) -> std::optional<std::string> {
        std::map<std::string, std::string> files{
            {"a", "xkb_symbols \"basic\" { include \"b\" key <AE01> { [ 1 ] }; };"},
            {"b", "xkb_symbols \"basic\" { include \"c\" };"},
            {"c", "xkb_symbols \"basic\" { key <AE01> { [ 2, at ] }; };"},
        };
        const auto found = files.find(file);
        return found == files.end() ? std::nullopt : std::optional(found->second);
    };
    const auto keys = XkbIncludeResolver(reader).resolve("a", "");
    REQUIRE(keys.has_value());
    CHECK(keys->at("AE01") == levels("1", "at"));
}
