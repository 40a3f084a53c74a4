#pragma once
// Read-aloud as the screens see it: whether this question can be read aloud, whether it is
// being read, and the volume. The app fills it from its player; the screens only draw it.

namespace helder::ui {

struct SoundControls {
    bool available = false; // a voice or a recording exists for this question in its language
    bool reading = false;   // the speaker button stops instead
    float level = 0.0F;     // the volume, 0 to 1, for its gauge
    bool canLouder = false;
    bool canSofter = false;
    friend bool operator==(const SoundControls&, const SoundControls&) = default;
};

// What a tap on one of its buttons asks of the player.
enum class SoundCommand { Read, Stop, Louder, Softer };

} // namespace helder::ui
