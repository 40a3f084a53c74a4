// Hit-testing on laid-out screens by widget id, left to right and mirrored for Arabic.

#include "UiHarness.hpp"

using namespace helder;
using namespace helder::ui;
using helder::ui::test::centreX;
using helder::ui::test::Visit;

namespace {

Visit atFirstQuestion(const std::string& language)
{
    Visit visit;
    REQUIRE(visit.tap("lang/" + language));
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    REQUIRE(visit.tap("nav/start"));
    return visit;
}

} // namespace

TEST_CASE("every touchable widget is found at its own centre")
{
    for (const char* language : {"nl", "ar"}) {
        Visit visit = atFirstQuestion(language);
        const ScreenDescription screen = visit.screen();
        int touchable = 0;
        for (const Widget& widget : screen.widgets) {
            if (!widget.touchable()) {
                continue;
            }
            ++touchable;
            const Widget* hit = screen.widgetAt(centreX(widget), widget.rect.y + widget.rect.height / 2.0F);
            REQUIRE(hit);
            CHECK_MESSAGE(hit->id == widget.id, widget.id);
        }
        CHECK(touchable > 40); // the keyboard, navigation and the top bar
        CHECK(screen.widgetAt(-5.0F, -5.0F) == nullptr);
    }
}

TEST_CASE("Dutch runs left to right; Arabic mirrors the layout, but not the Latin keyboard")
{
    const ScreenDescription dutch = atFirstQuestion("nl").screen();
    const ScreenDescription arabic = atFirstQuestion("ar").screen();
    CHECK_FALSE(dutch.rightToLeft);
    CHECK(arabic.rightToLeft);
    const float middle = dutch.width / 2.0F;

    REQUIRE(dutch.has("nav/back"));
    REQUIRE(arabic.has("nav/back"));
    CHECK(centreX(*dutch.find("nav/back")) < middle);
    CHECK(centreX(*arabic.find("nav/back")) > middle);
    CHECK(centreX(*dutch.find("nav/next")) > middle);
    CHECK(centreX(*arabic.find("nav/next")) < middle);
    CHECK(centreX(*dutch.find("top/start_again")) > middle);
    CHECK(centreX(*arabic.find("top/start_again")) < middle);
    // Progress fills from the right in Arabic.
    const Widget& track = *arabic.find("question/progress_track");
    const Widget& done = *arabic.find("question/progress_done");
    CHECK(done.rect.right() == doctest::Approx(track.rect.right()));
    CHECK(dutch.find("question/progress_done")->rect.x == doctest::Approx(dutch.find("question/progress_track")->rect.x));

    // q stays left of w on a Latin keyboard whatever the interface language.
    CHECK(arabic.find("key/char/q")->rect.x < arabic.find("key/char/w")->rect.x);
    CHECK(dutch.find("key/char/q")->rect.x < dutch.find("key/char/w")->rect.x);
}

TEST_CASE("the layout scales to the window: full HD, 1280×800 and portrait")
{
    for (const auto& [width, height] : {std::pair{1920.0F, 1080.0F}, {1280.0F, 800.0F}, {1080.0F, 1920.0F}, {800.0F, 1280.0F}}) {
        Visit visit = atFirstQuestion("nl");
        visit.width = width;
        visit.height = height;
        const ScreenDescription screen = visit.screen();
        INFO(width << "x" << height);
        for (const Widget& widget : screen.widgets) {
            if (widget.touchable()) {
                CHECK_MESSAGE(widget.rect.x >= 0.0F, widget.id);
                CHECK_MESSAGE(widget.rect.right() <= width + 0.5F, widget.id);
                CHECK_MESSAGE(widget.rect.bottom() <= height + 0.5F, widget.id);
            }
        }
        CHECK(screen.find("nav/next")->rect.bottom() > height * 0.8F);
    }
}
