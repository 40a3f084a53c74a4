// Under Xvfb: screens drawn by the SFML renderer into an sf::RenderTexture, checked against
// golden images with a tolerance and pixel by pixel where the layout says things are. Every
// screen kind in nl, ar and ti is also written to the output folder, for people to look at.

#include "ScreenKinds.hpp"
#include "StaffScreenKinds.hpp"
#include "ui/Renderer.hpp"
#include "ui/ScreenPng.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <cstdlib>
#include <filesystem>

using namespace helder;
using namespace helder::ui;
using helder::ui::test::Visit;

namespace {

const std::filesystem::path outputDir = HELDER_UI_TEST_OUTPUT;

sf::Image render(const ScreenDescription& screen)
{
    static Renderer renderer = [] {
        Renderer r;
        REQUIRE(r.create());
        return r;
    }();
    sf::RenderTexture target;
    REQUIRE(target.create(static_cast<unsigned>(screen.width), static_cast<unsigned>(screen.height)));
    renderer.draw(target, screen);
    target.display();
    return target.getTexture().copyToImage();
}

struct Difference {
    std::size_t pixels = 0;
    int largest = 0;
};

Difference compare(const sf::Image& expected, const sf::Image& actual, int tolerance, sf::Image& diff)
{
    Difference difference;
    const sf::Vector2u size = expected.getSize();
    diff.create(size.x, size.y, sf::Color::White);
    for (unsigned y = 0; y < size.y; ++y) {
        for (unsigned x = 0; x < size.x; ++x) {
            const sf::Color a = expected.getPixel(x, y);
            const sf::Color b = actual.getPixel(x, y);
            const int delta = std::max({std::abs(a.r - b.r), std::abs(a.g - b.g), std::abs(a.b - b.b)});
            difference.largest = std::max(difference.largest, delta);
            if (delta > tolerance) {
                ++difference.pixels;
                diff.setPixel(x, y, sf::Color::Red);
            }
        }
    }
    return difference;
}

// A missing golden image is written and fails; a mismatch writes the actual image and a diff.
void checkGolden(const std::string& name, const sf::Image& actual)
{
    const std::filesystem::path golden = helder::test::fixture("ui/golden/" + name + ".png");
    std::filesystem::create_directories(outputDir);
    sf::Image expected;
    if (!std::filesystem::exists(golden) || !expected.loadFromFile(golden.string())) {
        REQUIRE(helder::ui::saveScreenPng(actual, outputDir / (name + ".png")));
        FAIL("no golden image " << golden << "; wrote " << outputDir / (name + ".png"));
    }
    REQUIRE(expected.getSize() == actual.getSize());
    sf::Image diff;
    const Difference difference = compare(expected, actual, 40, diff);
    const std::size_t allowed = static_cast<std::size_t>(expected.getSize().x) * expected.getSize().y / 500;
    if (difference.pixels > allowed) {
        REQUIRE(helder::ui::saveScreenPng(actual, outputDir / (name + "-actual.png")));
        REQUIRE(helder::ui::saveScreenPng(diff, outputDir / (name + "-diff.png")));
    }
    CHECK_MESSAGE(difference.pixels <= allowed, name << ": " << difference.pixels << " pixels differ");
}

sf::Color toSfml(Color color)
{
    return sf::Color(color.r, color.g, color.b);
}

// Just inside the widget's border, where its fill shows.
sf::Color fillPixel(const sf::Image& image, const Widget& widget)
{
    const float inset = widget.borderWidth + 2.0F;
    return image.getPixel(static_cast<unsigned>(widget.rect.x + inset), static_cast<unsigned>(widget.rect.y + inset));
}

} // namespace

TEST_CASE("the comparison finds the pixels that differ")
{
    sf::Image a;
    a.create(20, 10, sf::Color::White);
    sf::Image b = a;
    b.setPixel(19, 9, sf::Color::Black);
    b.setPixel(3, 2, sf::Color(250, 250, 250));
    sf::Image diff;
    const Difference difference = compare(a, b, 10, diff);
    CHECK(difference.pixels == 1);
    CHECK(difference.largest == 255);
    CHECK(diff.getPixel(19, 9) == sf::Color::Red);
    CHECK(diff.getPixel(0, 9) == sf::Color::White);
}

TEST_CASE("golden images: welcome, and a question in Dutch and mirrored in Arabic")
{
    const auto dutch = ui::test::screenKinds("nl");
    const auto arabic = ui::test::screenKinds("ar");
    checkGolden("welcome", render(dutch.front().second.screen()));
    for (const auto& [name, visit] : dutch) {
        if (name == "question-text") {
            checkGolden("question-nl", render(visit.screen()));
        }
    }
    for (const auto& [name, visit] : arabic) {
        if (name == "question-text") {
            checkGolden("question-ar", render(visit.screen()));
        }
    }
}

TEST_CASE("golden images: the keyboards of nl (AZERTY), ar and ti (Ge'ez picker), the date picker in nl and ar")
{
    for (const std::string language : {"nl", "ar", "ti"}) {
        for (const auto& [name, visit] : ui::test::screenKinds(language)) {
            if (name == "question-own-script") {
                checkGolden("keyboard-" + language, render(visit.screen()));
            }
            if (name == "question-date-month" && language != "ti") {
                checkGolden("date-" + language, render(visit.screen()));
            }
        }
    }
}

TEST_CASE("pixels are where the layout says: Back on the left in Dutch, on the right in Arabic")
{
    for (const std::string language : {"nl", "ar"}) {
        for (const auto& [name, visit] : ui::test::screenKinds(language)) {
            if (name != "question-text") {
                continue;
            }
            const ScreenDescription screen = visit.screen();
            const sf::Image image = render(screen);
            const Widget& next = *screen.find("nav/next");
            CHECK(fillPixel(image, next) == toSfml(next.fill));
            const Widget& back = *screen.find("nav/back");
            CHECK(fillPixel(image, back) == toSfml(back.fill));
            CHECK((back.rect.x > screen.width / 2.0F) == (language == "ar"));
            // Glyphs were drawn: the button's label darkens some of its pixels.
            bool ink = false;
            for (unsigned x = static_cast<unsigned>(back.rect.x); x < static_cast<unsigned>(back.rect.right()); ++x) {
                const unsigned y = static_cast<unsigned>(back.rect.y + back.rect.height / 2.0F);
                ink = ink || image.getPixel(x, y) == toSfml(back.texts.back().color);
            }
            CHECK(ink);
        }
    }
}

TEST_CASE("every screen kind in nl, ar and ti is drawn (written out for looking at)")
{
    std::filesystem::create_directories(outputDir / "screens");
    for (const std::string language : {"nl", "ar", "ti"}) {
        for (auto& [name, visit] : ui::test::screenKinds(language)) {
            const sf::Image image = render(visit.screen());
            CHECK(image.getSize() == sf::Vector2u(1280, 800));
            REQUIRE(helder::ui::saveScreenPng(image, outputDir / "screens" / (language + "-" + name + ".png")));
        }
    }
    // High contrast with the largest text, and portrait, in Dutch and Arabic.
    for (const std::string language : {"nl", "ar"}) {
        for (auto& [name, visit] : ui::test::screenKinds(language)) {
            Visit large = visit;
            large.state.ui.highContrast = true;
            large.state.ui.textSize = TextSize::Largest;
            const std::string prefix = (outputDir / "screens" / (language + "-" + name)).string();
            REQUIRE(helder::ui::saveScreenPng(render(large.screen()), prefix + "-contrast-largest.png"));
            Visit portrait = visit;
            portrait.width = 800.0F;
            portrait.height = 1280.0F;
            REQUIRE(helder::ui::saveScreenPng(render(portrait.screen()), prefix + "-portrait.png"));
        }
    }
}

TEST_CASE("golden images: the staff PIN pad and panel in Dutch, every staff screen written out")
{
    std::filesystem::create_directories(outputDir / "screens");
    for (const std::string language : {"nl", "ar"}) {
        for (const auto& [name, screen] : ui::test::staffScreens(language, Visit{})) {
            const sf::Image image = render(screen);
            REQUIRE(helder::ui::saveScreenPng(image, outputDir / "screens" / (language + "-" + name + ".png")));
            if (language == "nl" && name == "pin-pad-wrong") {
                checkGolden("staff-pin-pad-nl", image);
            }
            if (language == "nl" && name == "staff-panel-problems") {
                checkGolden("staff-panel-nl", image);
            }
        }
    }
}
