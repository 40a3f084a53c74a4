#include "audio/Tone.hpp"

#include <cmath>
#include <numbers>

namespace helder::audio {
namespace {

// One note with a soft start and an exponential fade, so that it does not click.
void appendNote(Pcm& pcm, double frequency, double seconds, double amplitude)
{
    const auto count = static_cast<std::size_t>(seconds * pcm.sampleRate);
    const double rate = pcm.sampleRate;
    for (std::size_t i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / rate;
        const double attack = std::min(1.0, t / 0.01);
        const double envelope = attack * std::exp(-4.0 * t / seconds);
        const double value = amplitude * envelope * std::sin(2.0 * std::numbers::pi * frequency * t);
        pcm.samples.push_back(static_cast<std::int16_t>(std::lround(value * 32767.0)));
    }
}

} // namespace

Pcm chime(unsigned sampleRate)
{
    Pcm pcm;
    pcm.sampleRate = sampleRate;
    appendNote(pcm, 880.0, 0.18, 0.5);  // A5
    appendNote(pcm, 1318.5, 0.32, 0.5); // E6: a rising fifth sounds like a question
    return pcm;
}

} // namespace helder::audio
