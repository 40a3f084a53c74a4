#include "GoldenImage.hpp"

#include "ImageComparison.hpp"
#include "PngFile.hpp"

#include <doctest/doctest.h>

namespace helder::test {

void checkGoldenImage(const text::GreyImage& actual, const std::filesystem::path& golden,
                      const std::filesystem::path& outputDir)
{
    const auto expected = readPng(golden);
    if (!expected) {
        std::filesystem::create_directories(golden.parent_path());
        REQUIRE(writePng(golden, actual));
        FAIL("no golden image yet: wrote " << golden.string() << "; look at it, then run again");
    }
    // FreeType, poppler or font updates may shift anti-aliasing by a few levels; a wrong glyph,
    // order or position moves far more pixels by far more.
    const auto difference = compareImages(*expected, actual, 48);
    const std::size_t allowed = actual.pixels.size() / 500;
    if (!difference.sameSize || difference.differingPixels > allowed) {
        const std::string stem = golden.stem().string();
        writePng(outputDir / (stem + ".actual.png"), actual);
        if (difference.sameSize) {
            writePng(outputDir / (stem + ".diff.png"), difference.diff);
        }
        FAIL("golden image " << golden.string() << " differs: " << difference.differingPixels
                             << " pixels (allowed " << allowed << "), see "
                             << (outputDir / (stem + ".actual.png")).string());
    }
    CHECK(difference.differingPixels <= allowed);
}

} // namespace helder::test
