// The staff panel lays out what the app hands it: the printer, the forms check and the last finished
// day's anonymous counts (issue 14: "readable in staff mode").

#include "StaffScreenKinds.hpp"

#include <doctest/doctest.h>

using namespace helder::ui;
using namespace helder::ui::test;

namespace {

std::string textOf(const ScreenDescription& screen, std::string_view id)
{
    const Widget* widget = screen.find(id);
    REQUIRE_MESSAGE(widget, id);
    REQUIRE_FALSE(widget->texts.empty());
    return widget->texts.front().layout.text;
}

ScreenDescription panel(const StaffPanelView& view)
{
    World& world = World::get();
    helder::core::Session staff;
    staff.interfaceLanguage = "nl";
    const Visit settings;
    const ScreenInput input{staff, world.context, world.catalog, world.locales.languages, settings.state.ui,
                            settings.width, settings.height, false};
    return buildStaffPanel(*world.engine, input, view);
}

} // namespace

TEST_CASE("the staff panel shows the last finished day's counts under the day")
{
    const ScreenDescription screen = panel(healthyPanel());
    CHECK(textOf(screen, "staff/counts_heading") == "Tellingen van 2026-11-22");
    CHECK(textOf(screen, "staff/count/0") == "sessions_printed form=uitpas language=nl: 7");
    CHECK(textOf(screen, "staff/count/1") == "sessions_started form=other language=other: 12");
    CHECK_FALSE(screen.has("staff/count/2"));
}

TEST_CASE("before the first midnight the staff panel says when counts will come")
{
    const ScreenDescription screen = panel(troubledPanel());
    CHECK(textOf(screen, "staff/counts_heading").starts_with("Nog geen tellingen"));
    CHECK_FALSE(screen.has("staff/count/0"));
}
