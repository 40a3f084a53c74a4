#include "text/Bidi.hpp"
#include "text/Graphemes.hpp"
#include "text/TextEditing.hpp"

#include "TestEngine.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace helder::text;
using helder::text::test::engine;
using helder::text::test::lay;

TEST_CASE("graphemes: a letter with its harakat and an emoji with modifiers are one")
{
    const std::string arabic = "مُحَمَّد";
    CHECK(graphemeBoundaries(arabic) == std::vector<std::size_t>{0, 4, 8, 14, 16});
    const std::string family = "a👩‍👩‍👧‍👦b";
    CHECK(graphemeBoundaries(family) == std::vector<std::size_t>{0, 1, family.size() - 1, family.size()});
    CHECK(nextGrapheme(family, 1) == family.size() - 1);
    CHECK(previousGrapheme(family, family.size() - 1) == 1);
    CHECK(previousGrapheme(family, 0) == 0);
    CHECK(nextGrapheme(family, family.size()) == family.size());
}

TEST_CASE("deleting backwards and forwards removes a whole grapheme cluster")
{
    const std::string arabic = "مُحَمَّد";
    EditResult back = deleteBackward(arabic, 14); // after the meem with shadda and fatha
    CHECK(back.text == "مُحَد");
    CHECK(back.caret == 8);
    EditResult forward = deleteForward(arabic, 0);
    CHECK(forward.text == "حَمَّد");
    CHECK(forward.caret == 0);
    const std::string thumbs = "ok👍🏽!";
    CHECK(deleteBackward(thumbs, thumbs.size() - 1).text == "ok!");
    CHECK(deleteForward(thumbs, 2).text == "ok!");
    CHECK(deleteBackward(thumbs, 0).text == thumbs);
    CHECK(deleteForward(thumbs, thumbs.size()).text == thumbs);
}

TEST_CASE("caret x follows the reading direction")
{
    const Layout latin = lay("abc", "nl");
    CHECK(caretPosition(latin, 0).x == doctest::Approx(0.0F));
    CHECK(caretPosition(latin, 1).x > caretPosition(latin, 0).x);
    CHECK(caretPosition(latin, 3).x == doctest::Approx(latin.lines[0].width));

    const std::string name = "محمد";
    const Layout arabic = lay(name, "ar");
    CHECK(caretPosition(arabic, 0).x == doctest::Approx(arabic.lines[0].width)); // starts at the right
    CHECK(caretPosition(arabic, 2).x < caretPosition(arabic, 0).x);
    CHECK(caretPosition(arabic, 8).x == doctest::Approx(0.0F).epsilon(0.01));
}

TEST_CASE("moving the caret right and left on screen, across a mixed-direction line")
{
    const std::string text = "ab محمد cd";
    const Layout layout = lay(text, "nl");
    // Walk right from the start to the right edge: every stop is further right, no stop is skipped.
    std::size_t offset = 0;
    float x = caretPosition(layout, offset).x;
    int steps = 0;
    while (steps < 20) {
        const std::size_t next = moveCaret(layout, offset, CaretMove::Right);
        if (next == offset || next > text.size() || caretPosition(layout, next).x <= x) {
            break;
        }
        offset = next;
        x = caretPosition(layout, offset).x;
        ++steps;
    }
    CHECK(x == doctest::Approx(layout.lines[0].width));
    CHECK(steps >= 9); // a b space m h m d space c d, give or take the shared edges of the runs
    // And back left.
    const std::size_t back = moveCaret(layout, offset, CaretMove::Left);
    CHECK(caretPosition(layout, back).x < x);

    // In Arabic, Right moves towards the start of the word.
    const Layout arabic = lay("مُحَمَّد", "ar");
    CHECK(moveCaret(arabic, 4, CaretMove::Right) == 0);
    CHECK(moveCaret(arabic, 4, CaretMove::Left) == 8); // jumps over fatha + shadda with the letter
    CHECK(moveCaret(arabic, 8, CaretMove::Left) == 14);
}

TEST_CASE("hit-testing returns the nearest grapheme boundary")
{
    const Layout latin = lay("abc", "nl");
    CHECK(hitTest(latin, -5.0F, 5.0F) == 0);
    CHECK(hitTest(latin, latin.lines[0].width + 5.0F, 5.0F) == 3);
    const float afterA = caretPosition(latin, 1).x;
    CHECK(hitTest(latin, afterA + 1.0F, 5.0F) == 1);
    CHECK(hitTest(latin, afterA - 1.0F, 5.0F) == 1);

    const Layout arabic = lay("محمد", "ar");
    CHECK(hitTest(arabic, arabic.lines[0].width + 5.0F, 5.0F) == 0); // right edge is the start
    CHECK(hitTest(arabic, -5.0F, 5.0F) == 8);
    for (std::size_t offset : {2U, 4U, 6U}) {
        CHECK(hitTest(arabic, caretPosition(arabic, offset).x + 0.5F, 5.0F) == offset);
    }
}

TEST_CASE("a caret inside the lam-alef ligature lands between its two letters")
{
    const Layout layout = lay("لا", "ar");
    const float start = caretPosition(layout, 0).x;
    const float middle = caretPosition(layout, 2).x;
    const float end = caretPosition(layout, 4).x;
    CHECK(start > middle);
    CHECK(middle > end);
}

TEST_CASE("a selection over a mixed line is one rectangle per visual stretch")
{
    const std::string text = "ab محمد cd";
    const Layout layout = lay(text, "nl");
    const auto all = selectionRects(layout, 0, text.size());
    REQUIRE(all.size() == 1);
    CHECK(all[0].left == doctest::Approx(0.0F));
    CHECK(all[0].right == doctest::Approx(layout.lines[0].width));
    // "b" plus the first Arabic letter: logically adjacent, visually apart.
    const auto split = selectionRects(layout, 1, text.find("م") + 2);
    CHECK(split.size() == 2);
    CHECK(selectionRects(layout, 2, 2).empty());
}

TEST_CASE("selection rectangles cover each wrapped line")
{
    LayoutRequest request;
    request.text = "een twee drie vier vijf zes zeven acht";
    request.fontSize = 20.0F;
    request.maxWidth = 100.0F;
    const Layout layout = engine().layout(request);
    REQUIRE(layout.lines.size() >= 3);
    const auto rects = selectionRects(layout, 0, request.text.size());
    CHECK(rects.size() == layout.lines.size());
    for (std::size_t i = 1; i < rects.size(); ++i) {
        CHECK(rects[i].top > rects[i - 1].top);
    }
    // A caret at a soft wrap is drawn at the start of the next line.
    const std::size_t wrap = layout.lines[1].textBegin;
    CHECK(caretPosition(layout, wrap).line == 1);
}
