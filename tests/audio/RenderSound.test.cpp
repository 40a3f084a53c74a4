// Under Xvfb: the question screen with its speaker button and volume control, drawn by the SFML
// renderer in nl and ar (mirrored), written to the output folder for people to look at, and
// checked where the layout says the controls are.

#include "ScreenKinds.hpp"
#include "ui/Renderer.hpp"
#include "ui/ScreenPng.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <filesystem>

using namespace helder;
using namespace helder::ui;
using helder::ui::test::Visit;
using helder::ui::test::World;

namespace {

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

ScreenDescription withSound(const Visit& visit, const SoundControls& sound)
{
    World& world = World::get();
    const ScreenInput input{visit.state.session, world.context, world.catalog, world.locales.languages,
                            visit.state.ui, visit.width, visit.height, true, nullptr, sound};
    return buildScreen(*world.engine, input);
}

// Pixels of the gauge's filled part and of its empty track differ: the level is drawn.
void checkGauge(const sf::Image& image, const ScreenDescription& screen)
{
    const Widget& done = *screen.find("sound/level_done");
    const Widget& track = *screen.find("sound/level");
    const float y = track.rect.y + track.rect.height / 2.0F;
    const bool mirrored = screen.rightToLeft;
    const float filledX = mirrored ? done.rect.right() - 3.0F : done.rect.x + 3.0F;
    const float emptyX = mirrored ? track.rect.x + 3.0F : track.rect.right() - 3.0F;
    const sf::Color filled = image.getPixel(static_cast<unsigned>(filledX), static_cast<unsigned>(y));
    const sf::Color empty = image.getPixel(static_cast<unsigned>(emptyX), static_cast<unsigned>(y));
    CHECK(filled != empty);
}

} // namespace

TEST_CASE("the speaker button and volume control as drawn, in nl and ar")
{
    const std::filesystem::path output = HELDER_AUDIO_TEST_OUTPUT;
    std::filesystem::create_directories(output);
    for (const std::string language : {"nl", "ar"}) {
        Visit visit;
        REQUIRE(visit.tap("lang/" + language));
        REQUIRE(visit.tap("form/uitpas-kansentarief"));
        REQUIRE(visit.tap("nav/start"));
        const ScreenDescription typed = withSound(visit, SoundControls{true, false, 0.7F, true, true});
        const sf::Image typedImage = render(typed);
        REQUIRE(helder::ui::saveScreenPng(typedImage, output / ("question-typed-sound-" + language + ".png")));
        checkGauge(typedImage, typed);

        helder::ui::test::goTo(visit, "status");
        const ScreenDescription choices = withSound(visit, SoundControls{true, true, 0.3F, true, true});
        const sf::Image choicesImage = render(choices);
        REQUIRE(helder::ui::saveScreenPng(choicesImage, output / ("question-choices-reading-" + language + ".png")));
        REQUIRE(choices.has("sound/stop"));
        checkGauge(choicesImage, choices);
    }
}
