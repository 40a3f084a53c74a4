#pragma once
// Golden-image comparison with a tolerance: anti-aliasing may move by a few levels between
// FreeType builds; a glyph that changes moves many pixels by a lot.

#include "text/GreyImage.hpp"

#include <cstddef>

namespace helder::test {

struct ImageDifference {
    bool sameSize = false;
    std::size_t differingPixels = 0; // further apart than the per-pixel tolerance
    int largestDelta = 0;
    text::GreyImage diff; // 255 where pixels differ, the expected image faintly elsewhere
};

ImageDifference compareImages(const text::GreyImage& expected, const text::GreyImage& actual, int tolerance);

} // namespace helder::test
