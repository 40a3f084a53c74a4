#pragma once
// A short two-note chime, made here rather than shipped as a file: it says "look at the screen"
// in no language, before the idle warning is spoken.

#include "audio/Pcm.hpp"

namespace helder::audio {

[[nodiscard]] Pcm chime(unsigned sampleRate = 22050);

} // namespace helder::audio
