#include "text/Fitting.hpp"
#include "text/Graphemes.hpp"

#include "TestEngine.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace helder::text;
using helder::text::test::engine;

TEST_CASE("shrink to fit finds the largest size that fits the box")
{
    LayoutRequest request;
    request.text = "Rijksregisternummer van de aanvrager";
    request.fontSize = 40.0F;
    const float size = shrinkToFit(engine(), request, 200.0F, 30.0F, 4.0F);
    CHECK(size < 40.0F);
    CHECK(size >= 4.0F);
    request.fontSize = size;
    CHECK(engine().layout(request).widestLine() <= 200.001F);
    request.fontSize = size + 0.25F;
    CHECK(engine().layout(request).widestLine() > 200.0F);

    request.fontSize = 12.0F; // already fits: unchanged
    CHECK(shrinkToFit(engine(), request, 1000.0F, 100.0F, 4.0F) == 12.0F);
}

TEST_CASE("shrink to fit with wrapping respects the height too")
{
    LayoutRequest request;
    request.text = "ما هي الوثائق التي يجب أن تحضرها إلى المركز الاجتماعي؟";
    request.language = "ar";
    request.fontSize = 40.0F;
    request.maxWidth = 150.0F;
    const float size = shrinkToFit(engine(), request, 150.0F, 80.0F, 4.0F);
    request.fontSize = size;
    const Layout layout = engine().layout(request);
    CHECK(layout.height <= 80.001F);
    CHECK(layout.lines.size() >= 2);
    CHECK(size < 40.0F);
}

// shrinkToFit starts from a predicted size: whatever it predicts, the answer must be the one a
// scan of every step from the top gives.
TEST_CASE("shrink to fit gives the largest fitting step of the grid, one line or wrapped")
{
    const auto scanned = [](LayoutRequest request, float width, float height) {
        if (request.maxWidth) {
            request.maxWidth = width;
        }
        for (float size = request.fontSize; size > 4.0F; size -= 0.25F) {
            request.fontSize = size;
            const Layout layout = engine().layout(request);
            if (layout.widestLine() <= width + 0.001F && layout.height <= height + 0.001F) {
                return size;
            }
        }
        return 4.0F;
    };
    struct Case {
        const char* text;
        float width;
        float height;
        bool wrap;
    };
    const Case cases[] = {
        {"Rijksregisternummer van de aanvrager", 200.0F, 30.0F, false},
        {"Łódź Ağrı Київ محمد ትግራይ", 90.0F, 14.0F, false},
        {"محمد بن عبد الله", 60.0F, 40.0F, false},
        {"12", 30.0F, 7.0F, false},
        {"A long remark that has to wrap onto several lines of the box", 120.0F, 40.0F, true},
        {"ما هي الوثائق التي يجب أن تحضرها إلى المركز الاجتماعي؟", 150.0F, 80.0F, true},
        {"Onbreekbaarwoordzonderspaties en meer", 60.0F, 50.0F, true},
    };
    for (const Case& c : cases) {
        LayoutRequest request;
        request.text = c.text;
        request.fontSize = 12.0F;
        if (c.wrap) {
            request.maxWidth = c.width;
        }
        CHECK_MESSAGE(shrinkToFit(engine(), request, c.width, c.height, 4.0F) == scanned(request, c.width, c.height), c.text);
    }
}

TEST_CASE("ellipsis truncation keeps whole graphemes and puts … at the end of the reading")
{
    LayoutRequest request;
    request.text = "Tegemoetkoming voor hulp aan bejaarden";
    request.fontSize = 20.0F;
    const Layout cut = ellipsize(engine(), request, 120.0F);
    CHECK(cut.widestLine() <= 120.001F);
    CHECK(cut.text.ends_with("…"));
    CHECK(request.text.starts_with(cut.text.substr(0, cut.text.size() - 3)));
    CHECK(cut.text.size() > 6);
    // The ellipsis is the rightmost glyph in Dutch…
    const auto& latinRuns = cut.lines.at(0).runs;
    CHECK(latinRuns.back().glyphs.back().clusterBegin == cut.text.size() - 3);

    // …and the leftmost in Arabic.
    request.text = "طلب الحصول على المساعدة الاجتماعية للمسنين";
    request.language = "ar";
    const Layout arabic = ellipsize(engine(), request, 120.0F);
    CHECK(arabic.widestLine() <= 120.001F);
    CHECK(arabic.rightToLeft);
    CHECK(arabic.text.ends_with("…"));
    const PositionedGlyph& leftmost = arabic.lines.at(0).runs.front().glyphs.front();
    CHECK(leftmost.clusterBegin == arabic.text.size() - 3);

    request.text = "kort";
    CHECK(ellipsize(engine(), request, 500.0F).text == "kort");
}

TEST_CASE("comb layout puts one grapheme in the middle of each cell")
{
    LayoutRequest request;
    request.text = "85073112345";
    request.fontSize = 14.0F;
    const CombLayout comb = combLayout(engine(), request, 11, 20.0F);
    CHECK(comb.overflow == 0);
    CHECK(comb.layout.width == doctest::Approx(220.0F));
    const auto& runs = comb.layout.lines.at(0).runs;
    REQUIRE(runs.size() == 11);
    for (std::size_t cell = 0; cell < runs.size(); ++cell) {
        const PositionedGlyph& glyph = runs[cell].glyphs.at(0);
        CHECK(glyph.clusterBegin == cell);
        const float centre = glyph.x + glyph.advance / 2.0F;
        CHECK(centre == doctest::Approx(20.0F * static_cast<float>(cell) + 10.0F));
        CHECK(glyph.y == doctest::Approx(runs[0].glyphs[0].y));
    }

    request.text = "Çağrı👍🏽";
    const CombLayout tooLong = combLayout(engine(), request, 4, 20.0F);
    CHECK(tooLong.overflow == 2);
    CHECK(tooLong.layout.lines.at(0).runs.size() == 4);
}
