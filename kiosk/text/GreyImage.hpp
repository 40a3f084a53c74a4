#pragma once
// An 8-bit coverage (alpha) image: 0 is background, 255 is full ink. Rows top to bottom.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace helder::text {

struct GreyImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; // width * height, row-major

    [[nodiscard]] std::uint8_t at(int x, int y) const
    {
        return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)];
    }
};

} // namespace helder::text
