#include "ImageComparison.hpp"

#include <algorithm>
#include <cstdlib>

namespace helder::test {

ImageDifference compareImages(const text::GreyImage& expected, const text::GreyImage& actual, int tolerance)
{
    ImageDifference result;
    result.sameSize = expected.width == actual.width && expected.height == actual.height;
    if (!result.sameSize) {
        return result;
    }
    result.diff.width = expected.width;
    result.diff.height = expected.height;
    result.diff.pixels.resize(expected.pixels.size());
    for (int y = 0; y < expected.height; ++y) {
        for (int x = 0; x < expected.width; ++x) {
            const int delta = std::abs(static_cast<int>(expected.at(x, y)) - static_cast<int>(actual.at(x, y)));
            result.largestDelta = std::max(result.largestDelta, delta);
            const std::size_t index = static_cast<std::size_t>(y) * static_cast<std::size_t>(expected.width)
                + static_cast<std::size_t>(x);
            if (delta > tolerance) {
                ++result.differingPixels;
                result.diff.pixels[index] = 255;
            } else {
                result.diff.pixels[index] = static_cast<std::uint8_t>(expected.at(x, y) / 4);
            }
        }
    }
    return result;
}

} // namespace helder::test
