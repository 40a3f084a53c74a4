#include "keyboards/XkbSymbolsParser.hpp"

#include <doctest/doctest.h>

#include <variant>

using namespace helder::keyboards;

namespace {

const XkbKey& keyAt(const XkbVariant& variant, std::size_t index)
{
    return std::get<XkbKey>(variant.statements.at(index));
}

} // namespace

TEST_CASE("variants, the default flag and plain key definitions")
{
    const auto variants = XkbSymbolsParser::parse("t", R"(
// comment
partial alphanumeric_keys
xkb_symbols "first" {
    key <AE01> { [ 1, exclam, onesuperior, exclamdown ] };
};
# another comment style
default partial alphanumeric_keys
xkb_symbols "basic" {
    /* block
       comment */
    key <AC01> {  [ Arabic_sheen, Arabic_kasra, NoSymbol, VoidSymbol ] };
};
)");
    REQUIRE(variants.has_value());
    REQUIRE(variants->size() == 2);
    CHECK((*variants)[0].name == "first");
    CHECK_FALSE((*variants)[0].isDefault);
    CHECK((*variants)[1].isDefault);
    CHECK(keyAt((*variants)[0], 0).name == "AE01");
    CHECK(keyAt((*variants)[0], 0).levels == KeyLevels{"1", "exclam", "onesuperior", "exclamdown"});
    CHECK(keyAt((*variants)[1], 0).levels == KeyLevels{"Arabic_sheen", "Arabic_kasra", "", "VoidSymbol"});
}

TEST_CASE("named group 1 symbols are kept, while types, actions, group 2 and levels past four are not")
{
    const auto variants = XkbSymbolsParser::parse("t", R"(xkb_symbols "basic" {
    key.type[Group1] = "FOUR_LEVEL";
    key <AE11> {type[Group1]="FOUR_LEVEL_PLUS_LOCK",  symbols[Group1]=
                  [ssharp, question, backslash, questiondown, 0x1001E9E ]};
    key <AE12> { type= "TWO_LEVEL", [ a, A ], [ b, B ] };
    key <AD01> { symbols[Group2] = [ x, X ], symbols[Group1] = [ q, Q ], actions[Group1] = [ SetMods(modifiers=Shift+Lock), NoAction() ] };
    key <AD02> { [ { a, b }, W ] };
    override key <AD03> { [ e ] };
    augment key <AD04> { [ r ] };
    modifier_map Mod5 { <LVL3>, <MDSW> };
    name[Group1] = "Test";
};)");
    REQUIRE(variants.has_value());
    const auto& statements = variants->front().statements;
    REQUIRE(statements.size() == 6);
    CHECK(keyAt(variants->front(), 0).levels == KeyLevels{"ssharp", "question", "backslash", "questiondown"});
    CHECK(keyAt(variants->front(), 1).levels == KeyLevels{"a", "A", "", ""});
    CHECK(keyAt(variants->front(), 2).levels == KeyLevels{"q", "Q", "", ""});
    CHECK(keyAt(variants->front(), 3).levels == KeyLevels{"", "W", "", ""});
    CHECK(keyAt(variants->front(), 4).mode == MergeMode::Override);
    CHECK(keyAt(variants->front(), 5).mode == MergeMode::Augment);
}

TEST_CASE("include statements are split into their parts with merge modes")
{
    const auto variants = XkbSymbolsParser::parse("t", R"xkb(xkb_symbols "basic" {
    include "latin(type4)"
    augment "us(basic)+level3(ralt_switch)|ctrl:2"
    include "sun_vndr/be(sun_type6)";
};)xkb");
    REQUIRE(variants.has_value());
    const auto& statements = variants->front().statements;
    REQUIRE(statements.size() == 4);
    const auto include = [&](std::size_t i) { return std::get<XkbInclude>(statements[i]); };
    CHECK(include(0).file == "latin");
    CHECK(include(0).variant == "type4");
    CHECK(include(0).mode == MergeMode::Override);
    CHECK(include(1).file == "us");
    CHECK(include(1).variant == "basic");
    CHECK(include(1).mode == MergeMode::Augment);
    CHECK(include(2).file == "level3");
    CHECK(include(2).mode == MergeMode::Override);
    CHECK(include(3).file == "sun_vndr/be");
    CHECK(include(3).variant == "sun_type6");
}

TEST_CASE("syntax errors come back with line and column")
{
    const auto unterminated = XkbSymbolsParser::parse("f", "xkb_symbols \"basic\" {\n  key <AE01> { [ 1, 2 ] ;\n};");
    REQUIRE_FALSE(unterminated.has_value());
    CHECK(unterminated.error().code == "xkb-syntax");
    CHECK(unterminated.error().file == "f");
    CHECK(unterminated.error().position.line == 2);
    CHECK(unterminated.error().position.column == 25);

    const auto missingBrace = XkbSymbolsParser::parse("f", "xkb_symbols \"basic\" {\n key <AE01> { [ 1 ] };\n");
    REQUIRE_FALSE(missingBrace.has_value());
    CHECK(missingBrace.error().message.find("missing }") != std::string::npos);

    const auto stray = XkbSymbolsParser::parse("f", "xkb_symbols \"basic\" { key <AE01> { [ 1 ] }; };\n@");
    REQUIRE_FALSE(stray.has_value());
    CHECK(stray.error().position.line == 2);

    CHECK_FALSE(XkbSymbolsParser::parse("f", "xkb_keycodes \"evdev\" { };").has_value());
    CHECK_FALSE(XkbSymbolsParser::parse("f", "xkb_symbols \"a\" { include \"(x)\" };").has_value());
    CHECK_FALSE(XkbSymbolsParser::parse("f", "xkb_symbols \"a\" { key <AE01 { [ 1 ] }; };").has_value());
}

TEST_CASE("an empty file has no variants")
{
    const auto variants = XkbSymbolsParser::parse("f", "  // nothing here\n");
    REQUIRE(variants.has_value());
    CHECK(variants->empty());
}
