#pragma once
// The read-aloud volume in steps the visitor taps up and down. It never reaches silence: a
// visitor who turned it all the way down would think read-aloud was broken.

namespace helder::audio {

class Volume {
public:
    static constexpr int lowest = 1;
    static constexpr int highest = 10;
    static constexpr int initial = 7;

    [[nodiscard]] int step() const { return m_step; }
    [[nodiscard]] bool canLouder() const { return m_step < highest; }
    [[nodiscard]] bool canSofter() const { return m_step > lowest; }
    void louder();
    void softer();
    void reset() { m_step = initial; }
    // SFML's volume, 0 to 100, on a curve the ear hears as even steps.
    [[nodiscard]] float sfmlVolume() const;

private:
    int m_step = initial;
};

} // namespace helder::audio
