#pragma once
// 8-bit greyscale PNG files for golden images (libpng's simplified API).

#include "text/GreyImage.hpp"

#include <filesystem>
#include <optional>

namespace helder::text::test {

bool writePng(const std::filesystem::path& path, const GreyImage& image);
std::optional<GreyImage> readPng(const std::filesystem::path& path);

} // namespace helder::text::test
