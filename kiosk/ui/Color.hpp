#pragma once
// An sRGB colour with alpha, independent of SFML so that screen descriptions can be checked
// (contrast, layout) without a display.

#include <cstdint>

namespace helder::ui {

struct Color {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    std::uint8_t a = 255;
    friend bool operator==(const Color&, const Color&) = default;
};

// WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21) of opaque colours.
double relativeLuminance(Color color);
double contrastRatio(Color foreground, Color background);

} // namespace helder::ui
