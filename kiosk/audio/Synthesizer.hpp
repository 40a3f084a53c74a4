#pragma once
// Speech from libespeak-ng, synthesised into a buffer (never to a sound card of its own), so
// that the kiosk decides when and how loud it plays. espeak-ng is one engine per process,
// started by the first open() that succeeds; every Synthesizer shares it, calls are serialised.

#include "audio/Pcm.hpp"

#include <atomic>
#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helder::audio {

struct VoiceInfo {
    std::string id;        // the file's name under espeak-ng-data/lang: "nl", "fa", "am"
    std::string name;      // espeak-ng's own name: "Dutch"
    std::string language;  // the first language it speaks: "nl", "fa"
};

class Synthesizer {
public:
    // Starts espeak-ng with its data at `dataPath` (its compiled-in folder, or $ESPEAK_DATA_PATH,
    // when none is given), or shares the engine already started with the same data. The error
    // says why it could not start; a later open() may try again.
    [[nodiscard]] static std::expected<Synthesizer, std::string>
    open(const std::optional<std::filesystem::path>& dataPath = std::nullopt);

    [[nodiscard]] const std::vector<VoiceInfo>& voices() const { return m_voices; }
    // A voice by its id ("nl", "fa") or espeak-ng's name for it ("Dutch").
    [[nodiscard]] bool hasVoice(std::string_view voice) const;
    [[nodiscard]] unsigned sampleRate() const { return m_sampleRate; }

    // UTF-8 text spoken by `voice`. Setting `cancel` stops the synthesis early; what was made
    // until then is returned.
    [[nodiscard]] std::expected<Pcm, std::string> speak(std::string_view voice, std::string_view text,
                                                        const std::atomic<bool>* cancel = nullptr) const;

private:
    Synthesizer(unsigned sampleRate, std::vector<VoiceInfo> voices);

    unsigned m_sampleRate = 0;
    std::vector<VoiceInfo> m_voices;
};

} // namespace helder::audio
