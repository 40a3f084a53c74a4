#pragma once
// Sound as 16-bit mono samples: what the synthesizer gives and the output plays.

#include <cstdint>
#include <vector>

namespace helder::audio {

struct Pcm {
    std::vector<std::int16_t> samples;
    unsigned sampleRate = 22050;

    [[nodiscard]] bool empty() const { return samples.empty(); }
    [[nodiscard]] double seconds() const
    {
        return sampleRate == 0 ? 0.0 : static_cast<double>(samples.size()) / static_cast<double>(sampleRate);
    }
};

} // namespace helder::audio
