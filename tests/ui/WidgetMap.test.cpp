// The widget map the end-to-end journey taps by: ids and rectangles of the laid-out screen, and
// nothing the visitor typed.

#include "UiHarness.hpp"
#include "app/AppOptions.hpp"
#include "app/WidgetMap.hpp"

#include <nlohmann/json.hpp>

#include <array>

using namespace helder;
using namespace helder::ui;
using helder::ui::test::Visit;

TEST_CASE("--widget-map names the file the kiosk rewrites after every frame")
{
    const std::array<std::string_view, 2> arguments{"--widget-map", "/tmp/w.json"};
    const auto options = app::parseOptions(arguments);
    REQUIRE(options);
    CHECK(options->widgetMap == std::filesystem::path("/tmp/w.json"));
    const std::array<std::string_view, 1> missing{"--widget-map"};
    CHECK_FALSE(app::parseOptions(missing));
}

TEST_CASE("the widget map holds each widget's id and rectangle, and no answer")
{
    Visit visit;
    REQUIRE(visit.tap("lang/ar"));
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    REQUIRE(visit.tap("nav/start"));
    REQUIRE(visit.typeKeys("Amina"));
    const ScreenDescription screen = visit.screen();
    const nlohmann::json map = nlohmann::json::parse(app::widgetMapJson(screen, 7, 2.5));
    CHECK(map["frame"] == 7);
    CHECK(map["draw_ms"] == 2.5);
    CHECK(map["rtl"] == true);
    CHECK(map["width"] == screen.width);
    const Widget* next = screen.find("nav/next");
    REQUIRE(next);
    bool found = false;
    for (const nlohmann::json& widget : map["widgets"]) {
        if (widget["id"] == "nav/next") {
            found = true;
            CHECK(widget["touchable"] == true);
            CHECK(widget["x"] == next->rect.x);
            CHECK(widget["y"] == next->rect.y);
            CHECK(widget["width"] == next->rect.width);
            CHECK(widget["height"] == next->rect.height);
        }
    }
    CHECK(found);
    CHECK(map.dump().find("Amina") == std::string::npos);
}
