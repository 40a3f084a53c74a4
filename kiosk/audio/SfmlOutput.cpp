#include "audio/SfmlOutput.hpp"

#include <SFML/System/Err.hpp>

#include <ostream>

namespace helder::audio {

bool SfmlOutput::play(const Pcm& pcm)
{
    stop();
    if (pcm.empty()) {
        return false;
    }
    auto clip = std::make_unique<Clip>();
    if (!clip->buffer.loadFromSamples(pcm.samples.data(), static_cast<sf::Uint64>(pcm.samples.size()), 1,
                                      pcm.sampleRate)) {
        m_log << "helder-kiosk: read-aloud: the sound device refused " << pcm.samples.size() << " samples\n";
        return false;
    }
    clip->sound.setBuffer(clip->buffer);
    clip->sound.setVolume(m_volume);
    clip->sound.play();
    m_clip = std::move(clip);
    return true;
}

bool SfmlOutput::playFile(const std::filesystem::path& file)
{
    stop();
    auto music = std::make_unique<sf::Music>();
    if (!music->openFromFile(file.string())) {
        m_log << "helder-kiosk: read-aloud: cannot play " << file << '\n';
        return false;
    }
    music->setVolume(m_volume);
    music->play();
    m_music = std::move(music);
    return true;
}

void SfmlOutput::stop()
{
    m_clip.reset();
    m_music.reset();
}

bool SfmlOutput::playing() const
{
    return (m_clip && m_clip->sound.getStatus() == sf::SoundSource::Playing)
        || (m_music && m_music->getStatus() == sf::SoundSource::Playing);
}

void SfmlOutput::setVolume(float volume)
{
    m_volume = volume;
    if (m_clip) {
        m_clip->sound.setVolume(volume);
    }
    if (m_music) {
        m_music->setVolume(volume);
    }
}

SfmlErrorRoute::SfmlErrorRoute(std::ostream& log) : m_previous(sf::err().rdbuf(log.rdbuf())) {}

SfmlErrorRoute::~SfmlErrorRoute()
{
    sf::err().rdbuf(m_previous);
}

} // namespace helder::audio
