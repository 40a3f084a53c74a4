#pragma once
// Compares a rendered image with its golden file: a missing golden is written and fails (look at
// it, then run again); a mismatch writes <name>.actual.png and <name>.diff.png into outputDir.

#include "text/GreyImage.hpp"

#include <filesystem>
#include <string>

namespace helder::test {

void checkGoldenImage(const text::GreyImage& actual, const std::filesystem::path& golden,
                      const std::filesystem::path& outputDir);

} // namespace helder::test
