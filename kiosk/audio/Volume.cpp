#include "audio/Volume.hpp"

#include <algorithm>
#include <cmath>

namespace helder::audio {

void Volume::louder()
{
    m_step = std::min(highest, m_step + 1);
}

void Volume::softer()
{
    m_step = std::max(lowest, m_step - 1);
}

float Volume::sfmlVolume() const
{
    // 3 dB per step below the top: the loudest step is full volume, the softest about -27 dB.
    const double decibels = -3.0 * (highest - m_step);
    return static_cast<float>(100.0 * std::pow(10.0, decibels / 20.0));
}

} // namespace helder::audio
