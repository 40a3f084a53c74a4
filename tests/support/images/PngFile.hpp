#pragma once
// 8-bit greyscale PNG files for golden images (libpng's simplified API).

#include "text/GreyImage.hpp"

#include <filesystem>
#include <optional>

namespace helder::test {

bool writePng(const std::filesystem::path& path, const text::GreyImage& image);
std::optional<text::GreyImage> readPng(const std::filesystem::path& path);

} // namespace helder::test
