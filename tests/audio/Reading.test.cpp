// What is read aloud for a question of the shipped forms: its text, help and choices in the
// language the screen shows them in, with the voice of that language, or the template's recording.

#include "audio/Reading.hpp"

#include "AudioTestSupport.hpp"
#include "UiHarness.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

using namespace helder;
using namespace helder::audio;
using helder::ui::test::World;

namespace {

core::Template uitpas()
{
    for (const core::Template& form : World::get().forms.forms) {
        if (form.id == "uitpas-kansentarief") {
            return form;
        }
    }
    FAIL("the uitpas-kansentarief form did not load");
    return {};
}

core::Session atQuestion(std::string language, std::string questionId)
{
    core::Session session;
    session.screen = core::Screen::Question;
    session.interfaceLanguage = language;
    session.formLanguage = std::move(language);
    session.step = core::Step{std::move(questionId), {}, std::nullopt};
    return session;
}

} // namespace

TEST_CASE("a choice question reads its text, help and choices in the form's order, with the Dutch voice")
{
    const core::Template form = uitpas();
    const auto reading = questionReading(form, atQuestion("nl", "status"), World::get().locales.languages);
    REQUIRE(reading);
    CHECK(reading->voice == "nl");
    CHECK_FALSE(reading->recording);
    const std::string& text = reading->text;
    const auto question = text.find("Waarom heb je recht op korting?");
    const auto help = text.find("Kies wat bij jou past.");
    const auto first = text.find("Ik krijg een verhoogde tegemoetkoming van het ziekenfonds");
    const auto last = text.find("Mijn gezin heeft een laag inkomen");
    REQUIRE(question != std::string::npos);
    REQUIRE(help != std::string::npos);
    REQUIRE(first != std::string::npos);
    REQUIRE(last != std::string::npos);
    CHECK(question < help);
    CHECK(help < first);
    CHECK(first < last);
    // Choices without a full stop still get a pause between them.
    CHECK(text.find("ziekenfonds. Ik krijg een leefloon") != std::string::npos);
}

TEST_CASE("Dari uses the Persian voice, Tigrinya has none")
{
    const core::Template form = uitpas();
    const auto dari = questionReading(form, atQuestion("prs", "first_name"), World::get().locales.languages);
    REQUIRE(dari);
    CHECK(dari->voice == "fa");
    CHECK_FALSE(dari->text.empty());
    const auto tigrinya = questionReading(form, atQuestion("ti", "first_name"), World::get().locales.languages);
    REQUIRE(tigrinya);
    CHECK(tigrinya->voice.empty());
    CHECK_FALSE(tigrinya->text.empty());
}

TEST_CASE("a form without the visitor's language is read in the language its texts are shown in")
{
    const core::Template form = uitpas();
    REQUIRE_FALSE(form.hasLanguage("tr"));
    core::Session session = atQuestion("tr", "first_name");
    const auto reading = questionReading(form, session, World::get().locales.languages);
    REQUIRE(reading);
    CHECK(reading->voice == form.officialLanguage);
    CHECK(reading->text.find(form.texts.at(form.officialLanguage).questions.at("first_name").text) == 0);
}

TEST_CASE("the template's recording counts only when its file is there")
{
    core::Template form = uitpas();
    const std::filesystem::path folder = std::filesystem::temp_directory_path()
        / ("helder-reading-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder / "audio" / "ti");
    form.directory = folder.string();
    form.texts.at("ti").questions.at("first_name").audio = core::FileRef{"audio/ti/first_name.wav", {}};

    const auto& languages = World::get().locales.languages;
    auto reading = questionReading(form, atQuestion("ti", "first_name"), languages);
    REQUIRE(reading);
    CHECK_FALSE(reading->recording); // declared, not recorded yet

    audio::test::writeWav(folder / "audio" / "ti" / "first_name.wav", 0.2);
    reading = questionReading(form, atQuestion("ti", "first_name"), languages);
    REQUIRE(reading);
    REQUIRE(reading->recording);
    CHECK(*reading->recording == folder / "audio" / "ti" / "first_name.wav");
    std::filesystem::remove_all(folder);
}

TEST_CASE("nothing is read on other screens")
{
    const core::Template form = uitpas();
    core::Session session = atQuestion("nl", "status");
    session.screen = core::Screen::Review;
    CHECK_FALSE(questionReading(form, session, World::get().locales.languages));
}

TEST_CASE("the idle warning is read in the interface language with its countdown")
{
    core::Session session = atQuestion("fr", "status");
    session.now = 100000;
    session.countdownEnds = 120000;
    const Reading reading = idleWarningReading(session, World::get().catalog, World::get().locales.languages);
    CHECK(reading.voice == "fr");
    CHECK(reading.text.find(World::get().catalog.format("fr", "idle.more_time")) == 0);
    CHECK(reading.text.find("20") != std::string::npos);
}
