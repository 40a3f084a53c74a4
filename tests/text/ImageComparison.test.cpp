#include "ImageComparison.hpp"

#include <doctest/doctest.h>

using namespace helder::text;
using helder::test::compareImages;

namespace {

GreyImage blank(int width, int height)
{
    GreyImage image;
    image.width = width;
    image.height = height;
    image.pixels.assign(static_cast<std::size_t>(width * height), 0);
    return image;
}

void set(GreyImage& image, int x, int y, std::uint8_t value)
{
    image.pixels[static_cast<std::size_t>(y * image.width + x)] = value;
}

} // namespace

TEST_CASE("identical images compare equal")
{
    GreyImage a = blank(8, 6);
    set(a, 2, 2, 200);
    const auto difference = compareImages(a, a, 0);
    CHECK(difference.sameSize);
    CHECK(difference.differingPixels == 0);
    CHECK(difference.largestDelta == 0);
}

TEST_CASE("one differing pixel is found where it is, not where a wrong index formula looks")
{
    // (5, 3) in an 8-wide image is index 29; the formula (y * x) + x would read index 20, (4, 2).
    GreyImage expected = blank(8, 6);
    GreyImage actual = blank(8, 6);
    set(actual, 5, 3, 255);
    const auto difference = compareImages(expected, actual, 10);
    CHECK(difference.differingPixels == 1);
    CHECK(difference.largestDelta == 255);
    CHECK(difference.diff.at(5, 3) == 255);
    CHECK(difference.diff.at(4, 2) == 0);
    // Differences in the last row and column count too.
    GreyImage corner = blank(8, 6);
    set(corner, 7, 5, 90);
    CHECK(compareImages(expected, corner, 10).differingPixels == 1);
}

TEST_CASE("small anti-aliasing differences pass within the tolerance, sizes must match")
{
    GreyImage expected = blank(4, 4);
    GreyImage actual = blank(4, 4);
    set(expected, 1, 1, 100);
    set(actual, 1, 1, 110);
    CHECK(compareImages(expected, actual, 16).differingPixels == 0);
    CHECK(compareImages(expected, actual, 5).differingPixels == 1);
    CHECK_FALSE(compareImages(expected, blank(4, 5), 16).sameSize);
}
