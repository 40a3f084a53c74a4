// The speaker button and volume control on the question screen: present where a voice or a
// recording exists for the question's language, found by id, big enough, mirrored in Arabic,
// and mapped to the player's commands.

#include "app/ReadAloudView.hpp"
#include "ui/Intent.hpp"

#include "AudioTestSupport.hpp"
#include "UiHarness.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <unistd.h>

using namespace helder;
using namespace helder::ui;
using helder::ui::test::Visit;
using helder::ui::test::World;

namespace {

Visit atFirstQuestion(const std::string& language)
{
    Visit visit;
    REQUIRE(visit.tap("lang/" + language));
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    REQUIRE(visit.tap("nav/start"));
    REQUIRE(visit.state.session.screen == core::Screen::Question);
    return visit;
}

struct Player {
    std::ostringstream log;
    audio::test::RecordingOutput* output = nullptr;
    std::unique_ptr<audio::ReadAloud> readAloud;

    Player()
    {
        auto recording = std::make_unique<audio::test::RecordingOutput>();
        output = recording.get();
        readAloud = std::make_unique<audio::ReadAloud>(audio::Synthesizer::open().value(), std::move(recording), log);
    }
};

ScreenDescription screenWith(const Visit& visit, const core::InterviewContext& context, const SoundControls& sound)
{
    World& world = World::get();
    const ScreenInput input{visit.state.session, context, world.catalog, world.locales.languages,
                            visit.state.ui, visit.width, visit.height, true, nullptr, sound};
    return buildScreen(*world.engine, input);
}

ScreenDescription screenFor(const Visit& visit, const audio::ReadAloud& player,
                            const core::InterviewContext& context = World::get().context)
{
    return screenWith(visit, context,
                      app::soundControls(player, context, visit.state.session, World::get().locales.languages));
}

bool hitsItself(const ScreenDescription& screen, std::string_view id)
{
    const Widget* widget = screen.find(id);
    if (!widget) {
        return false;
    }
    const Widget* hit = screen.widgetAt(widget->rect.x + widget->rect.width / 2.0F,
                                        widget->rect.y + widget->rect.height / 2.0F);
    return hit && hit->id == id;
}

} // namespace

TEST_CASE("Dutch questions have a speaker button and a volume control, found by id and big enough")
{
    Player player;
    const ScreenDescription screen = screenFor(atFirstQuestion("nl"), *player.readAloud);
    for (const char* id : {"sound/read", "sound/softer", "sound/louder"}) {
        REQUIRE_MESSAGE(screen.has(id), id);
        CHECK_MESSAGE(hitsItself(screen, id), id);
        const Widget& widget = *screen.find(id);
        CHECK(widget.touchable());
        CHECK(widget.rect.width >= 60.0F);
        CHECK(widget.rect.height >= 60.0F);
    }
    REQUIRE(screen.has("sound/level_done"));
    CHECK(screen.find("sound/level_done")->rect.width < screen.find("sound/level")->rect.width);
    CHECK_FALSE(screen.has("sound/stop"));
    // Beside each other at the end side, on the progress line, clear of the question.
    CHECK(screen.find("sound/read")->rect.right() <= screen.find("sound/softer")->rect.x);
    CHECK(screen.find("sound/softer")->rect.right() <= screen.find("sound/louder")->rect.x);
    CHECK(screen.find("sound/louder")->rect.right() <= screen.width);
    CHECK(screen.find("sound/read")->rect.bottom() <= screen.find("question/text")->rect.y);
}

TEST_CASE("no speaker button for Tigrinya, which has no voice, unless the form has a recording")
{
    Player player;
    const Visit tigrinya = atFirstQuestion("ti");
    const ScreenDescription plain = screenFor(tigrinya, *player.readAloud);
    CHECK_FALSE(plain.has("sound/read"));
    CHECK_FALSE(plain.has("sound/louder"));
    CHECK(plain.has("nav/next"));

    // The same form with a recorded first question in Tigrinya.
    const core::Template* shipped = core::activeForm(World::get().context, tigrinya.state.session);
    REQUIRE(shipped);
    std::vector<core::Template> forms(World::get().forms.forms.begin(), World::get().forms.forms.end());
    core::Template& form = *std::ranges::find(forms, shipped->id, &core::Template::id);
    const std::filesystem::path folder = std::filesystem::temp_directory_path()
        / ("helder-sound-buttons-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder / "audio" / "ti");
    audio::test::writeWav(folder / "audio" / "ti" / "first_name.wav", 0.2);
    form.directory = folder.string();
    REQUIRE(tigrinya.question() == "first_name");
    form.texts.at("ti").questions.at("first_name").audio = core::FileRef{"audio/ti/first_name.wav", {}};
    core::InterviewContext context = World::get().context;
    context.forms = forms;

    const ScreenDescription recorded = screenFor(tigrinya, *player.readAloud, context);
    CHECK(recorded.has("sound/read"));
    CHECK(recorded.has("sound/louder"));
    std::filesystem::remove_all(folder);
}

TEST_CASE("without a sound device no question has a speaker button")
{
    std::ostringstream log;
    const audio::ReadAloud silent(audio::Synthesizer::open().value(), nullptr, log);
    CHECK_FALSE(screenFor(atFirstQuestion("nl"), silent).has("sound/read"));
}

TEST_CASE("while reading, the speaker button stops")
{
    const Visit visit = atFirstQuestion("nl");
    const ScreenDescription screen = screenWith(visit, World::get().context, SoundControls{true, true, 0.5F, true, true});
    CHECK(screen.has("sound/stop"));
    CHECK_FALSE(screen.has("sound/read"));
    CHECK(hitsItself(screen, "sound/stop"));
}

TEST_CASE("Arabic mirrors the controls to the start of the line, softer on the right")
{
    Player player;
    const ScreenDescription screen = screenFor(atFirstQuestion("ar"), *player.readAloud);
    REQUIRE(screen.rightToLeft);
    REQUIRE(screen.has("sound/read"));
    CHECK(screen.find("sound/read")->rect.x < screen.width / 2.0F);
    CHECK(screen.find("sound/softer")->rect.x < screen.find("sound/read")->rect.x);
    CHECK(screen.find("sound/louder")->rect.x < screen.find("sound/softer")->rect.x);
}

TEST_CASE("the buttons ask the player, not the session")
{
    const Visit visit = atFirstQuestion("nl");
    const IntentContext context{visit.state.session, visit.state.ui, "TEST42"};
    const std::pair<const char*, SoundCommand> expected[] = {{"sound/read", SoundCommand::Read},
                                                             {"sound/stop", SoundCommand::Stop},
                                                             {"sound/louder", SoundCommand::Louder},
                                                             {"sound/softer", SoundCommand::Softer}};
    for (const auto& [id, command] : expected) {
        const Intent intent = intentFor(id, context);
        REQUIRE_MESSAGE(intent.sound, id);
        CHECK(*intent.sound == command);
        CHECK_FALSE(intent.action);
        CHECK_FALSE(intent.ui);
        CHECK_FALSE(intent.empty());
    }
}

TEST_CASE("the gauge follows the volume and the controls follow the player")
{
    Player player;
    const Visit visit = atFirstQuestion("nl");
    const auto& languages = World::get().locales.languages;
    const SoundControls before = app::soundControls(*player.readAloud, World::get().context, visit.state.session, languages);
    player.readAloud->louder();
    const SoundControls after = app::soundControls(*player.readAloud, World::get().context, visit.state.session, languages);
    CHECK(after.level > before.level);
    CHECK_FALSE(after.reading);
    player.readAloud->read(*app::currentReading(World::get().context, visit.state.session, languages));
    CHECK(app::soundControls(*player.readAloud, World::get().context, visit.state.session, languages).reading);
}

TEST_CASE("the controls fit beside the progress on every window and text size, in nl and ar")
{
    struct Size {
        float width;
        float height;
    };
    for (const std::string language : {"nl", "ar"}) {
        for (const Size size : {Size{1280.0F, 800.0F}, Size{800.0F, 1280.0F}, Size{1920.0F, 1080.0F}}) {
            for (const TextSize textSize : {TextSize::Normal, TextSize::Large, TextSize::Largest}) {
                Visit visit = atFirstQuestion(language);
                visit.width = size.width;
                visit.height = size.height;
                visit.state.ui.textSize = textSize;
                for (const bool reading : {false, true}) {
                    const ScreenDescription screen
                        = screenWith(visit, World::get().context, SoundControls{true, reading, 0.7F, true, true});
                    const std::string where = language + " " + std::to_string(static_cast<int>(size.width)) + "x"
                        + std::to_string(static_cast<int>(size.height)) + " size "
                        + std::to_string(static_cast<int>(textSize)) + (reading ? " reading" : "");
                    const Widget* progress = screen.find("question/progress");
                    REQUIRE_MESSAGE(progress, where);
                    REQUIRE(!progress->texts.empty());
                    CHECK_MESSAGE(progress->texts.front().layout.lines.size() == 1, where);
                    for (const char* id : {reading ? "sound/stop" : "sound/read", "sound/softer", "sound/louder"}) {
                        REQUIRE_MESSAGE(screen.has(id), where << " " << id);
                        const Rect rect = screen.find(id)->rect;
                        CHECK_MESSAGE(rect.width >= 60.0F, where << " " << id);
                        CHECK_MESSAGE(rect.height >= 60.0F, where << " " << id);
                        CHECK_MESSAGE(rect.x >= 0.0F, where << " " << id);
                        CHECK_MESSAGE(rect.right() <= size.width, where << " " << id);
                        CHECK_MESSAGE(hitsItself(screen, id), where << " " << id);
                        const bool clear = rect.right() <= progress->rect.x || rect.x >= progress->rect.right();
                        CHECK_MESSAGE(clear, where << " " << id << " overlaps the progress");
                    }
                }
            }
        }
    }
}
