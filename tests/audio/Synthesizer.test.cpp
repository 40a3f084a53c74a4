// espeak-ng as installed: which interface languages have a voice, and real synthesis.

#include "audio/Synthesizer.hpp"
#include "i18n/LocaleDirectory.hpp"

#include "AudioTestSupport.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cmath>

using namespace helder;
using namespace helder::audio;

namespace {

double rms(const Pcm& pcm)
{
    double sum = 0.0;
    for (const std::int16_t sample : pcm.samples) {
        sum += static_cast<double>(sample) * sample;
    }
    return pcm.empty() ? 0.0 : std::sqrt(sum / static_cast<double>(pcm.samples.size()));
}

} // namespace

TEST_CASE("every voice locales/languages.json names exists in espeak-ng's data, and the null ones have none")
{
    auto synth = Synthesizer::open();
    REQUIRE_MESSAGE(synth, (synth ? std::string() : synth.error()));
    const i18n::LocaleDirectory locales = i18n::LocaleDirectory::read(helder::test::sourceDir() / "locales");
    REQUIRE(locales.languages.languages().size() == 15);
    int withVoice = 0;
    for (const i18n::Language& language : locales.languages.languages()) {
        if (language.voice) {
            CHECK_MESSAGE(synth->hasVoice(*language.voice), language.code << " → " << *language.voice);
            ++withVoice;
        } else {
            CHECK_FALSE_MESSAGE(synth->hasVoice(language.code), language.code << " has a voice after all");
        }
    }
    CHECK(withVoice == 13);
    // What the data really has (PLATFORM.md §7): Persian for Dari, Amharic but no Tigrinya or Somali.
    for (const std::string present : {"nl", "fr", "en", "de", "ar", "fa", "uk", "ru", "tr", "pl", "ro", "bg", "es", "am"}) {
        CHECK_MESSAGE(synth->hasVoice(present), present);
    }
    for (const std::string absent : {"ti", "so", "prs", "xx"}) {
        CHECK_FALSE_MESSAGE(synth->hasVoice(absent), absent);
    }
    CHECK(synth->hasVoice("Dutch")); // espeak-ng's own name for "nl"
}

TEST_CASE("a Dutch and an Arabic sentence become speech of a plausible length")
{
    auto synth = Synthesizer::open();
    REQUIRE(synth);
    CHECK(synth->sampleRate() == 22050);

    const auto dutch = synth->speak("nl", "Wat is uw voornaam? Typ hem zoals hij op uw identiteitskaart staat.");
    REQUIRE_MESSAGE(dutch, (dutch ? std::string() : dutch.error()));
    CHECK(dutch->sampleRate == 22050);
    // Twelve words at espeak-ng's default 175 words a minute: about four seconds.
    CHECK(dutch->seconds() > 2.0);
    CHECK(dutch->seconds() < 9.0);
    CHECK(rms(*dutch) > 500.0); // speech, not silence

    const auto arabic = synth->speak("ar", "ما هو اسمك الأول؟");
    REQUIRE_MESSAGE(arabic, (arabic ? std::string() : arabic.error()));
    CHECK(arabic->seconds() > 0.5);
    CHECK(arabic->seconds() < 5.0);
    CHECK(rms(*arabic) > 500.0);
    CHECK(arabic->seconds() < dutch->seconds()); // four words against twelve
}

TEST_CASE("a voice espeak-ng lacks is an error, not a guess")
{
    auto synth = Synthesizer::open();
    REQUIRE(synth);
    const auto tigrinya = synth->speak("ti", "ስምካ እንታይ እዩ?");
    REQUIRE_FALSE(tigrinya);
    CHECK(tigrinya.error().find("\"ti\"") != std::string::npos);
}

TEST_CASE("a cancelled synthesis stops early")
{
    auto synth = Synthesizer::open();
    REQUIRE(synth);
    std::string text;
    for (int i = 0; i < 20; ++i) {
        text += "Dit is een lange zin die de kiosk zou voorlezen als niemand hem stopte. ";
    }
    const auto whole = synth->speak("nl", text);
    REQUIRE(whole);
    const std::atomic<bool> cancel = true;
    const auto cut = synth->speak("nl", text, &cancel);
    REQUIRE(cut);
    CHECK(cut->seconds() < whole->seconds() / 4.0);
}

TEST_CASE("one espeak-ng per process, shared by every synthesizer")
{
    auto first = Synthesizer::open();
    REQUIRE(first);
    auto second = Synthesizer::open();
    REQUIRE(second);
    CHECK(first->speak("fr", "Bonjour.").has_value());
    CHECK(second->speak("de", "Guten Tag.").has_value());
    // Other data cannot replace the running engine's.
    const auto other = Synthesizer::open(std::filesystem::temp_directory_path());
    REQUIRE_FALSE(other);
    CHECK(other.error().find(std::filesystem::temp_directory_path().string()) != std::string::npos);
}

TEST_CASE("espeak-ng without its data says why, on no terminal")
{
    // A folder that is not there, and one that is there but empty (espeak-ng accepts it as a
    // data folder, then finds nothing in it).
    const auto missing = Synthesizer::open(std::filesystem::path("/nonexistent/espeak-ng-data"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().find("/nonexistent/espeak-ng-data") != std::string::npos);

    const std::filesystem::path empty = std::filesystem::temp_directory_path()
        / ("helder-espeak-empty-" + std::to_string(::getpid()));
    std::filesystem::create_directories(empty);
    audio::test::StderrCapture stderrCapture;
    const auto broken = Synthesizer::open(empty);
    const std::string printed = stderrCapture.finish();
    std::filesystem::remove_all(empty);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().find(empty.string()) != std::string::npos);
    CHECK_MESSAGE(printed.empty(), printed);
    // Failing leaves the engine free for a good start.
    CHECK(Synthesizer::open().has_value());
}
