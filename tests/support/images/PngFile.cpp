#include "PngFile.hpp"

#include <png.h>

namespace helder::test {

bool writePng(const std::filesystem::path& path, const text::GreyImage& image)
{
    png_image png{};
    png.version = PNG_IMAGE_VERSION;
    png.width = static_cast<png_uint_32>(image.width);
    png.height = static_cast<png_uint_32>(image.height);
    png.format = PNG_FORMAT_GRAY;
    return png_image_write_to_file(&png, path.c_str(), 0, image.pixels.data(), image.width, nullptr) != 0;
}

std::optional<text::GreyImage> readPng(const std::filesystem::path& path)
{
    png_image png{};
    png.version = PNG_IMAGE_VERSION;
    if (png_image_begin_read_from_file(&png, path.c_str()) == 0) {
        return std::nullopt;
    }
    png.format = PNG_FORMAT_GRAY;
    text::GreyImage image;
    image.width = static_cast<int>(png.width);
    image.height = static_cast<int>(png.height);
    image.pixels.resize(PNG_IMAGE_SIZE(png));
    if (png_image_finish_read(&png, nullptr, image.pixels.data(), image.width, nullptr) == 0) {
        png_image_free(&png);
        return std::nullopt;
    }
    return image;
}

} // namespace helder::test
