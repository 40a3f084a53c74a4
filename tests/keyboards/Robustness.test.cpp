// Bad input never crashes: truncated and mutated symbols files and layout files come back as a
// value or a diagnostic.

#include "keyboards/GeezPickerJson.hpp"
#include "keyboards/KeyboardJson.hpp"
#include "keyboards/XkbIncludeResolver.hpp"
#include "keyboards/XkbSymbolsParser.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <random>

using namespace helder::keyboards;

namespace {

std::string mutate(std::string text, std::mt19937& random)
{
    constexpr std::string_view alphabet = "{}[]()<>\";,=/*# \naZ0x+|\xc3\xff";
    std::uniform_int_distribution<std::size_t> position(0, text.empty() ? 0 : text.size() - 1);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    for (int edit = 0; edit < 4 && !text.empty(); ++edit) {
        const std::size_t at = position(random) % text.size();
        switch (random() % 3) {
        case 0: text[at] = alphabet[pick(random)]; break;
        case 1: text.erase(at, 1 + random() % 8); break;
        default: text.insert(at, 1, alphabet[pick(random)]); break;
        }
    }
    return text;
}

template <typename Parse>
int exercise(const std::string& original, Parse parse)
{
    int failures = 0;
    for (std::size_t cut = 0; cut < original.size(); cut += 1 + original.size() / 200)
        failures += parse(original.substr(0, cut)) ? 0 : 1;
    std::mt19937 random(12);
    for (int round = 0; round < 300; ++round)
        failures += parse(mutate(original, random)) ? 0 : 1;
    return failures;
}

} // namespace

TEST_CASE("mutated symbols files parse or fail with a position")
{
    const std::string original = helder::test::readFile(helder::test::fixture("keyboards/symbols/child"));
    REQUIRE_FALSE(original.empty());
    const int failures = exercise(original, [](const std::string& text) {
        const auto parsed = XkbSymbolsParser::parse("child", text);
        if (!parsed) {
            CHECK(parsed.error().code == "xkb-syntax");
            CHECK(parsed.error().position.line >= 1);
        }
        return parsed.has_value();
    });
    CHECK(failures > 0); // the mutations did reach the error paths
}

TEST_CASE("mutated included files resolve or fail with a code")
{
    const std::string base = helder::test::readFile(helder::test::fixture("keyboards/symbols/base"));
    const std::string child = helder::test::readFile(helder::test::fixture("keyboards/symbols/child"));
    std::mt19937 random(7);
    for (int round = 0; round < 200; ++round) {
        const std::string mutatedBase = mutate(base, random);
        const std::string mutatedChild = mutate(child, random);
        const XkbIncludeResolver resolver([&](const std::string& file) -> std::optional<std::string> {
            if (file == "base")
                return mutatedBase;
            if (file == "child")
                return mutatedChild;
            return std::nullopt;
        });
        const auto keys = resolver.resolve("child", "");
        if (!keys)
            CHECK_FALSE(keys.error().code.empty());
    }
}

TEST_CASE("mutated layout and picker files load or fail with a diagnostic")
{
    const std::string layout = helder::test::readFile(helder::test::sourceDir() / "locales/keyboards/pl.json");
    REQUIRE_FALSE(layout.empty());
    CHECK(exercise(layout, [](const std::string& text) {
              const auto parsed = parseKeyboardJson("pl.json", text);
              if (!parsed)
                  CHECK_FALSE(parsed.error().code.empty());
              return parsed.has_value();
          })
          > 0);
    const std::string geez = helder::test::readFile(helder::test::sourceDir() / "locales/keyboards/geez.json");
    REQUIRE_FALSE(geez.empty());
    CHECK(exercise(geez, [](const std::string& text) {
              const auto parsed = parseGeezPickerJson("geez.json", text);
              if (!parsed)
                  CHECK_FALSE(parsed.error().code.empty());
              return parsed.has_value();
          })
          > 0);
}
