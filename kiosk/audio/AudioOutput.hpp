#pragma once
// Where sound goes: the speaker through SFML (SfmlOutput), or a recorder in tests. One sound at a
// time: a new one replaces what plays.

#include "audio/Pcm.hpp"

#include <filesystem>

namespace helder::audio {

class AudioOutput {
public:
    virtual ~AudioOutput() = default;

    // false when the sound cannot be played (the reason goes to the log).
    [[nodiscard]] virtual bool play(const Pcm& pcm) = 0;
    // A recording: WAV, Ogg Vorbis or FLAC.
    [[nodiscard]] virtual bool playFile(const std::filesystem::path& file) = 0;
    // Stops and lets go of the sound device, so that an idle kiosk has no audio thread awake.
    virtual void stop() = 0;
    [[nodiscard]] virtual bool playing() const = 0;
    // 0 to 100, for what plays now and what plays next.
    virtual void setVolume(float volume) = 0;
};

} // namespace helder::audio
