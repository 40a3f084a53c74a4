#pragma once
// The speaker through SFML's audio module (OpenAL). SFML keeps its audio device open while any
// of its sound objects exists, and OpenAL mixes on a thread of its own all that time: the
// objects here live only while something plays.

#include "audio/AudioOutput.hpp"

#include <SFML/Audio/Music.hpp>
#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>

#include <iosfwd>
#include <memory>

namespace helder::audio {

class SfmlOutput final : public AudioOutput {
public:
    explicit SfmlOutput(std::ostream& log) : m_log(log) {}
    ~SfmlOutput() override { stop(); }

    [[nodiscard]] bool play(const Pcm& pcm) override;
    [[nodiscard]] bool playFile(const std::filesystem::path& file) override;
    void stop() override;
    [[nodiscard]] bool playing() const override;
    void setVolume(float volume) override;

private:
    struct Clip {
        sf::SoundBuffer buffer;
        sf::Sound sound; // after the buffer: destroyed first
    };

    std::ostream& m_log;
    float m_volume = 100.0F;
    std::unique_ptr<Clip> m_clip;
    std::unique_ptr<sf::Music> m_music;
};

// SFML reports its errors on sf::err() (the terminal by default): while this lives they go to
// the kiosk's log instead.
class SfmlErrorRoute {
public:
    explicit SfmlErrorRoute(std::ostream& log);
    ~SfmlErrorRoute();
    SfmlErrorRoute(const SfmlErrorRoute&) = delete;
    SfmlErrorRoute& operator=(const SfmlErrorRoute&) = delete;

private:
    std::streambuf* m_previous;
};

} // namespace helder::audio
