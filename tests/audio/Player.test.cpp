// The read-aloud player: recordings before speech, speech off the calling thread, stop, and the
// real SFML output on OpenAL's null backend: no crash and nothing on stderr.

#include "audio/DeviceProbe.hpp"
#include "audio/ReadAloud.hpp"
#include "audio/SfmlOutput.hpp"
#include "audio/Tone.hpp"

#include "AudioTestSupport.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <sstream>
#include <thread>

using namespace helder::audio;
using namespace helder::audio::test;

namespace {

// Calls update() as the kiosk's loop would, until `done` or `limit` passed.
template <typename Done>
bool pump(ReadAloud& player, Done done, std::chrono::milliseconds limit = std::chrono::milliseconds(2000))
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        player.update();
        if (done()) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

Reading dutch()
{
    return Reading{std::nullopt, "nl", "Wat is uw voornaam?"};
}

std::filesystem::path tempFile(const std::string& name)
{
    return std::filesystem::temp_directory_path() / ("helder-audio-" + std::to_string(::getpid()) + "-" + name);
}

} // namespace

// First in this program (doctest runs files by name, cases by line): OpenAL reads its
// configuration once per process, and the probe's child inherits it once read.
TEST_CASE("the device check answers without touching this process's OpenAL")
{
    const char* saved = std::getenv("ALSOFT_DRIVERS");
    const std::string previous = saved ? saved : "";
    ::setenv("ALSOFT_DRIVERS", "null", 1);
    CHECK(probeOutputDevice().present);
    ::setenv("ALSOFT_DRIVERS", "no-such-backend", 1);
    const DeviceProbe none = probeOutputDevice();
    CHECK_FALSE(none.present);
    CHECK_FALSE(none.detail.empty());
    if (saved) {
        ::setenv("ALSOFT_DRIVERS", previous.c_str(), 1);
    } else {
        ::unsetenv("ALSOFT_DRIVERS");
    }
}

TEST_CASE("the kiosk's player starts without blocking, and without a device says so once and offers nothing")
{
    const char* saved = std::getenv("ALSOFT_DRIVERS");
    const std::string previous = saved ? saved : "";
    ::setenv("ALSOFT_DRIVERS", "no-such-backend", 1);
    std::ostringstream log;
    {
        // It returns before the device check and espeak-ng have answered.
        auto player = ReadAloud::start(log);
        CHECK(player->starting());
        CHECK_FALSE(player->canRead(dutch()));
        REQUIRE(pump(*player, [&] { return !player->starting(); }, std::chrono::milliseconds(4000)));
        CHECK_FALSE(player->canRead(dutch()));
        player->read(dutch(), true);
        CHECK_FALSE(player->busy());
        for (int i = 0; i < 5; ++i) {
            player->update();
        }
    }
    CHECK(std::string(std::getenv("ALSOFT_DRIVERS")) == "null");
    const std::string said = log.str();
    CHECK(said.find("read-aloud off: OpenAL cannot open a sound device") != std::string::npos);
    CHECK(std::count(said.begin(), said.end(), '\n') == 1);
    if (saved) {
        ::setenv("ALSOFT_DRIVERS", previous.c_str(), 1);
    } else {
        ::unsetenv("ALSOFT_DRIVERS");
    }
}

TEST_CASE("the kiosk's player with a device (OpenAL's null backend) offers Dutch speech once started")
{
    useNullAudioBackend();
    std::ostringstream log;
    auto player = ReadAloud::start(log);
    REQUIRE(pump(*player, [&] { return !player->starting(); }, std::chrono::milliseconds(4000)));
    CHECK(player->canRead(dutch()));
    CHECK_FALSE(player->canRead(Reading{std::nullopt, "", "ስምካ"}));
    // One line, so that an installed kiosk's journal says read-aloud works (packaging/vm checks it).
    CHECK(log.str() == "helder-kiosk: read-aloud on: a sound device answered\n");
}

TEST_CASE("speech is synthesised off the caller's thread and played by update()")
{
    auto output = std::make_unique<RecordingOutput>();
    RecordingOutput& out = *output;
    std::ostringstream log;
    ReadAloud player(Synthesizer::open().value(), std::move(output), log);
    CHECK(player.canRead(dutch()));

    // The tap hands the text to the worker: nothing plays until the loop calls update().
    player.read(dutch());
    CHECK(player.busy());
    CHECK(out.played.empty());

    REQUIRE(pump(player, [&] { return !out.played.empty(); }));
    CHECK(out.played.front().seconds() > 0.5);
    CHECK(out.files.empty());
    CHECK(player.busy());
    out.isPlaying = false; // the speech ended
    player.update();
    CHECK_FALSE(player.busy());
    CHECK(log.str().empty());
}

TEST_CASE("a recording of the template wins over speech")
{
    const std::filesystem::path wav = tempFile("question.wav");
    writeWav(wav, 0.3);
    auto output = std::make_unique<RecordingOutput>();
    RecordingOutput& out = *output;
    std::ostringstream log;
    ReadAloud player(Synthesizer::open().value(), std::move(output), log);

    Reading reading = dutch();
    reading.recording = wav;
    player.read(reading);
    REQUIRE(out.files.size() == 1);
    CHECK(out.files.front() == wav);
    pump(player, [] { return false; }); // give a synthesis time to show up, if one started
    CHECK(out.played.empty());

    // A recording needs no voice: Tigrinya has none in espeak-ng, but a recorded question plays.
    CHECK_FALSE(player.canRead(Reading{std::nullopt, "", "ሰላም"}));
    CHECK(player.canRead(Reading{wav, "", "ሰላም"}));
    std::filesystem::remove(wav);
}

TEST_CASE("stop, or a new reading, drops speech still being made")
{
    auto output = std::make_unique<RecordingOutput>();
    RecordingOutput& out = *output;
    std::ostringstream log;
    ReadAloud player(Synthesizer::open().value(), std::move(output), log);

    player.read(dutch());
    player.stop();
    pump(player, [] { return false; });
    CHECK(out.played.empty());
    CHECK_FALSE(player.busy());

    player.read(dutch());
    player.read(Reading{std::nullopt, "fr", "Quel est votre prénom ?"});
    REQUIRE(pump(player, [&] { return !out.played.empty(); }));
    pump(player, [] { return false; });
    CHECK(out.played.size() == 1);
}

TEST_CASE("the idle warning starts with a chime, spoken or not")
{
    auto output = std::make_unique<RecordingOutput>();
    RecordingOutput& out = *output;
    std::ostringstream log;
    ReadAloud player(Synthesizer::open().value(), std::move(output), log);

    player.read(Reading{std::nullopt, "", "ስምካ"}, true); // Tigrinya: no voice, the chime alone
    REQUIRE(out.played.size() == 1);
    const Pcm tone = chime(22050);
    CHECK(out.played.front().samples == tone.samples);

    player.read(Reading{std::nullopt, "nl", "Hebt u meer tijd nodig?"}, true);
    REQUIRE(pump(player, [&] { return out.played.size() == 2; }));
    const Pcm& spoken = out.played.back();
    CHECK(spoken.samples.size() > tone.samples.size() + 22050 / 2);
    CHECK(std::equal(tone.samples.begin(), tone.samples.end(), spoken.samples.begin()));
}

TEST_CASE("volume steps reach the output")
{
    auto output = std::make_unique<RecordingOutput>();
    RecordingOutput& out = *output;
    std::ostringstream log;
    ReadAloud player(std::nullopt, std::move(output), log);
    const float initial = out.volume;
    player.louder();
    CHECK(out.volume > initial);
    player.softer();
    player.softer();
    CHECK(out.volume < initial);
    player.resetVolume();
    CHECK(out.volume == doctest::Approx(initial));
}

TEST_CASE("without a sound device nothing is offered and nothing plays")
{
    std::ostringstream log;
    ReadAloud player(Synthesizer::open().value(), nullptr, log);
    CHECK_FALSE(player.canRead(dutch()));
    player.read(dutch(), true);
    CHECK_FALSE(player.busy());
    CHECK_FALSE(player.update());
}

TEST_CASE("the SFML output on OpenAL's null backend plays speech, a chime and a WAV quietly")
{
    useNullAudioBackend();
    const std::filesystem::path wav = tempFile("recording.wav");
    writeWav(wav, 0.5);
    std::ostringstream log;
    StderrCapture stderrCapture;
    {
        const SfmlErrorRoute route(log);
        SfmlOutput output(log);
        CHECK(output.play(chime()));
        CHECK(output.playing());
        output.setVolume(30.0F);
        CHECK(output.playFile(wav));
        CHECK(output.playing());
        output.stop();
        CHECK_FALSE(output.playing());
        CHECK_FALSE(output.playFile(wav.string() + ".missing"));

        ReadAloud player(Synthesizer::open().value(), std::make_unique<SfmlOutput>(log), log);
        // Played in real time by the null backend: busy while it speaks, then done.
        player.read(dutch());
        CHECK(player.busy());
        CHECK(pump(player, [&] { return !player.busy(); }, std::chrono::milliseconds(5000)));
    }
    const std::string printed = stderrCapture.finish();
    CHECK_MESSAGE(printed.empty(), printed);
    // The missing file is the one thing said, once, in the log.
    CHECK(log.str().find(".missing") != std::string::npos);
    std::filesystem::remove(wav);
}
