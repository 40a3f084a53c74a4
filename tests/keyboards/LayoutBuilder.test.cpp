#include "keyboards/LayoutBuilder.hpp"

#include <doctest/doctest.h>

using namespace helder::keyboards;

namespace {

const KeysymTable& keysyms()
{
    static const KeysymTable table = KeysymTable::parse(R"(
#define XK_a 0x0061  /* U+0061 LATIN SMALL LETTER A */
#define XK_A 0x0041  /* U+0041 LATIN CAPITAL LETTER A */
#define XK_e 0x0065  /* U+0065 LATIN SMALL LETTER E */
#define XK_E 0x0045  /* U+0045 LATIN CAPITAL LETTER E */
#define XK_z 0x007a  /* U+007A LATIN SMALL LETTER Z */
#define XK_Z 0x005a  /* U+005A LATIN CAPITAL LETTER Z */
#define XK_at 0x0040  /* U+0040 COMMERCIAL AT */
#define XK_degree 0x00b0  /* U+00B0 DEGREE SIGN */
#define XK_grave 0x0060  /* U+0060 GRAVE ACCENT */
#define XK_asciitilde 0x007e  /* U+007E TILDE */
#define XK_1 0x0031  /* U+0031 DIGIT ONE */
#define XK_exclam 0x0021  /* U+0021 EXCLAMATION MARK */
#define XK_dead_circumflex 0xfe52
#define XK_dead_diaeresis 0xfe57
#define XK_dead_acute 0xfe51
)");
    return table;
}

const Key* findKey(const Layout& layout, std::string_view id)
{
    for (const auto& row : layout.rows)
        for (const auto& key : row)
            if (key.id == id)
                return &key;
    return nullptr;
}

} // namespace

TEST_CASE("keys fall into the digit, top, home and bottom rows in keyboard order")
{
    const XkbKeyMap keys{
        {"AB01", {"z", "Z", "", ""}},  {"LSGT", {"grave", "asciitilde", "", ""}},
        {"AC01", {"a", "A", "", ""}},  {"BKSL", {"at", "", "", ""}},
        {"AE01", {"1", "exclam", "", ""}}, {"TLDE", {"grave", "", "", ""}},
        {"AD01", {"e", "E", "", ""}},  {"RALT", {"ISO_Level3_Shift", "", "", ""}},
        {"SPCE", {"space", "", "", ""}},
    };
    const Layout layout = buildLayout(keys, keysyms(), {}, "test");
    CHECK(layout.source == "test");
    REQUIRE(layout.rows.size() == 4);
    CHECK(layout.rows[0].size() == 2);
    CHECK(layout.rows[0][0].id == "TLDE");
    CHECK(layout.rows[0][1].id == "AE01");
    CHECK(layout.rows[1][0].id == "AD01");
    CHECK(layout.rows[2][0].id == "AC01");
    CHECK(layout.rows[2][1].id == "BKSL");
    CHECK(layout.rows[3][0].id == "LSGT");
    CHECK(layout.rows[3][1].id == "AB01");
    CHECK(findKey(layout, "RALT") == nullptr);
    CHECK(findKey(layout, "SPCE") == nullptr);
}

TEST_CASE("levels 3 and 4 become long-press choices and the extra table adds letters")
{
    const XkbKeyMap keys{{"AB01", {"z", "Z", "at", "degree"}}};
    const LongPressTable extras{{"z", {"ź", "@"}}, {"Z", {"Ź"}}};
    const Layout layout = buildLayout(keys, keysyms(), extras, "test");
    const Key* z = findKey(layout, "AB01");
    REQUIRE(z != nullptr);
    CHECK(z->base == "z");
    CHECK(z->shift == "Z");
    CHECK(z->longPress == std::vector<std::string>{"@", "ź"}); // "@" only once
    CHECK(z->shiftLongPress == std::vector<std::string>{"°", "Ź"});
}

TEST_CASE("dead keys on plain and Shift levels leave the grid and accent letters on a long press")
{
    const XkbKeyMap keys{
        {"AD11", {"dead_circumflex", "dead_diaeresis", "", ""}},
        {"AD03", {"e", "E", "", ""}},
        {"AB01", {"z", "Z", "", ""}},
        // A dead key on level 3 is dropped and accents nothing.
        {"AC01", {"a", "A", "dead_acute", ""}},
        // Only the Shift level types something: it becomes the base.
        {"TLDE", {"dead_acute", "degree", "", ""}},
    };
    const Layout layout = buildLayout(keys, keysyms(), {}, "test");
    CHECK(findKey(layout, "AD11") == nullptr);
    const Key* e = findKey(layout, "AD03");
    REQUIRE(e != nullptr);
    // Accents in row order: TLDE (´) before AD11 (^ ¨).
    CHECK(e->longPress == std::vector<std::string>{"é", "ê", "ë"});
    CHECK(e->shiftLongPress == std::vector<std::string>{"É", "Ê", "Ë"});
    const Key* a = findKey(layout, "AC01");
    REQUIRE(a != nullptr);
    CHECK(a->longPress == std::vector<std::string>{"á", "â", "ä"});
    // ẑ exists in Unicode but lies outside Latin-1 and Latin Extended-A; ź is inside.
    const Key* z = findKey(layout, "AB01");
    REQUIRE(z != nullptr);
    CHECK(z->longPress == std::vector<std::string>{"ź"});
    const Key* tilde = findKey(layout, "TLDE");
    REQUIRE(tilde != nullptr);
    CHECK(tilde->base == "°");
    CHECK(tilde->shift.empty());
}

TEST_CASE("an empty key map gives a layout without rows")
{
    CHECK(buildLayout({}, keysyms(), {}, "x").rows.empty());
    CHECK(buildLayout({{"AE01", {"dead_acute", "", "", ""}}}, keysyms(), {}, "x").rows.empty());
}

TEST_CASE("invisible format controls on AltGr levels are no long-press choice")
{
    const XkbKeyMap keys{{"AD01", {"e", "E", "U2066", "U200C"}}};
    const Layout layout = buildLayout(keys, keysyms(), {}, "test");
    const Key* e = findKey(layout, "AD01");
    REQUIRE(e != nullptr);
    CHECK(e->longPress.empty());
    CHECK(e->shiftLongPress.empty());
}
