#include "ui/ScreenPng.hpp"

#include <png.h>

namespace helder::ui {

bool saveScreenPng(const sf::Image& image, const std::filesystem::path& path)
{
    const sf::Vector2u size = image.getSize();
    if (size.x == 0 || size.y == 0) {
        return false;
    }
    png_image png{};
    png.version = PNG_IMAGE_VERSION;
    png.width = size.x;
    png.height = size.y;
    png.format = PNG_FORMAT_RGBA;
    const int written = png_image_write_to_file(&png, path.c_str(), 0, image.getPixelsPtr(),
                                                static_cast<png_int_32>(size.x * 4), nullptr);
    png_image_free(&png);
    return written != 0;
}

} // namespace helder::ui
