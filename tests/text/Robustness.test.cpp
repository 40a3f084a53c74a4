#include "text/Fitting.hpp"
#include "text/GlyphRasterizer.hpp"
#include "text/TextEditing.hpp"
#include "text/Utf16Text.hpp"

#include "TestEngine.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>

using namespace helder::text;
using helder::text::test::engine;

TEST_CASE("UTF-8 decoding maps every UTF-16 unit back to its byte offset")
{
    const Utf16Text text("aé😀b");
    REQUIRE(text.size() == 5); // a, é, surrogate pair, b
    CHECK(text.byteOffset(0) == 0);
    CHECK(text.byteOffset(1) == 1);
    CHECK(text.byteOffset(2) == 3);
    CHECK(text.byteOffset(3) == 3);
    CHECK(text.byteOffset(4) == 7);
    CHECK(text.byteOffset(5) == 8);
    CHECK(text.unitIndex(3) == 2);
    CHECK(text.unitIndex(7) == 4);
}

TEST_CASE("invalid UTF-8 becomes U+FFFD, one per bad byte, and lays out")
{
    const std::string bad = "a\xC3\x28" "b\xF0\x9F\x98" "\xED\xA0\x80" "\xC0\xAF";
    const Utf16Text text(bad);
    std::u16string expected = u"a\uFFFD(b\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD";
    CHECK(text.units() == expected);
    LayoutRequest request;
    request.text = bad;
    const Layout layout = engine().layout(request);
    CHECK(layout.lines.size() == 1);
    CHECK(layout.lines[0].textEnd == bad.size());
}

TEST_CASE("a tab is drawn as a space, not as a missing-glyph box")
{
    LayoutRequest request;
    request.text = "Naam\tVoornaam";
    const Layout layout = engine().layout(request);
    CHECK(layout.missing.empty());
    for (const GlyphRun& run : layout.lines.at(0).runs) {
        for (const PositionedGlyph& glyph : run.glyphs) {
            CHECK(glyph.glyphId != 0);
        }
    }
}

TEST_CASE("an empty text has one empty line to put a caret on")
{
    LayoutRequest request;
    const Layout layout = engine().layout(request);
    REQUIRE(layout.lines.size() == 1);
    CHECK(layout.lines[0].runs.empty());
    CHECK(layout.height > 0.0F);
    CHECK(caretPosition(layout, 0).x == 0.0F);
    CHECK(hitTest(layout, 10.0F, 10.0F) == 0);
    CHECK(deleteBackward("", 0).text.empty());
}

TEST_CASE("random bytes never crash layout, editing, fitting or rasterising")
{
    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(0, 40);
    const std::string pieces[] = {"محمد", "\u2068", "\u2069", "\n", " ", "ሰላም", "👩‍👧", "\u0651", "İ", "\r\n"};
    std::uniform_int_distribution<std::size_t> piece(0, std::size(pieces) - 1);
    for (int round = 0; round < 200; ++round) {
        std::string text;
        for (int i = length(random); i > 0; --i) {
            if (byte(random) < 128) {
                text += pieces[piece(random)];
            } else {
                text += static_cast<char>(byte(random));
            }
        }
        LayoutRequest request;
        request.text = text;
        request.fontSize = 12.0F;
        request.maxWidth = static_cast<float>(byte(random) % 60);
        const Layout layout = engine().layout(request);
        for (const LayoutLine& line : layout.lines) {
            CHECK(line.textBegin <= line.textEnd);
            CHECK(line.textEnd <= text.size());
        }
        for (std::size_t offset = 0; offset <= text.size(); ++offset) {
            const CaretPosition caret = caretPosition(layout, offset);
            CHECK(caret.line < layout.lines.size());
            CHECK(moveCaret(layout, offset, CaretMove::Right) <= text.size());
            CHECK(moveCaret(layout, offset, CaretMove::Left) <= text.size());
        }
        CHECK(hitTest(layout, 5.0F, 5.0F) <= text.size());
        CHECK(deleteBackward(text, text.size()).text.size() <= text.size());
        (void)ellipsize(engine(), request, 30.0F);
        (void)combLayout(engine(), request, 5, 10.0F);
        const GreyImage image = rasterize(layout, 1);
        CHECK(image.pixels.size() == static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height));
    }
}
