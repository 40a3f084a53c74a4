#include "keyboards/KeyboardGenerator.hpp"
#include "keyboards/KeysymTable.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>

using namespace helder::keyboards;

TEST_CASE("keysymdef.h lines give names, values and exact Unicode mappings")
{
    const auto table = KeysymTable::parse(R"(
#define XK_space                         0x0020  /* U+0020 SPACE */
#define XK_eacute                        0x00e9  /* U+00E9 LATIN SMALL LETTER E WITH ACUTE */
#define XK_Arabic_sheen                  0x05d4  /* U+0634 ARABIC LETTER SHEEN */
#define XK_dead_grave                    0xfe50
#define XK_decimalpoint                  0x0abd  /*(U+002E FULL STOP)*/
#define XK_Farsi_1                    0x10006f1  /* U+06F1 EXTENDED ARABIC-INDIC DIGIT ONE */
#ifdef XK_LATIN1
#define XK_broken                        nothex
)");
    CHECK(table.size() == 6);
    CHECK(table.character("eacute") == U'é');
    CHECK(table.character("Arabic_sheen") == U'ش');
    CHECK(table.character("Farsi_1") == U'۱');
    CHECK(table.character("space") == U' ');
    CHECK_FALSE(table.character("dead_grave").has_value());
    // Only an approximate mapping, and 0x0abd is not a Latin-1 value.
    CHECK_FALSE(table.character("decimalpoint").has_value());
    CHECK_FALSE(table.character("broken").has_value());
    CHECK_FALSE(table.character("nosuchname").has_value());
}

TEST_CASE("Unicode and numeric keysyms need no table")
{
    const auto empty = KeysymTable::parse("");
    CHECK(empty.character("U0627") == U'ا');
    CHECK(empty.character("U1E9E") == U'ẞ');
    CHECK(empty.character("U10FFFF") == U'\U0010FFFF');
    CHECK(empty.character("0x10006f1") == U'۱');
    CHECK(empty.character("0x1000060") == U'`');
    CHECK(empty.character("0x100200d") == U'\u200D');
    CHECK(empty.character("0x00e9") == U'é');
    CHECK_FALSE(empty.character("0x1000007").has_value()); // a control character
    CHECK_FALSE(empty.character("UD800").has_value());     // a surrogate
    CHECK_FALSE(empty.character("U110000").has_value());
    CHECK_FALSE(empty.character("0x").has_value());
    CHECK_FALSE(empty.character("0xfe50").has_value());
    CHECK_FALSE(empty.character("Uxyz1").has_value());
}

TEST_CASE("the installed keysymdef.h covers the names the shipped layouts use")
{
    const std::string text = helder::test::readFile(defaultKeysymdefFile);
    REQUIRE_MESSAGE(!text.empty(), "install x11proto-dev (packaging/dev/install-deps.sh)");
    const auto table = KeysymTable::parse(text);
    CHECK(table.size() > 2000);
    CHECK(table.character("ccedilla") == U'ç');
    CHECK(table.character("Cyrillic_shcha") == U'щ');
    CHECK(table.character("Ukrainian_yi") == U'ї');
    CHECK(table.character("Arabic_comma") == U'،');
    CHECK(table.character("Farsi_yeh") == U'ی');
    CHECK(table.character("EuroSign") == U'€');
    CHECK(table.character("idotless") == U'ı');
    CHECK(table.character("1") == U'1');
    CHECK_FALSE(table.character("dead_circumflex").has_value());
    CHECK_FALSE(table.character("ISO_Level3_Shift").has_value());
    CHECK_FALSE(table.character("VoidSymbol").has_value());
}
