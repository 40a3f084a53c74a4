#pragma once
// Screens saved as PNG files (the kiosk's --screenshot, helder-forms preview, the render tests).
// libpng writes a 1920×1080 screen several times faster than SFML's own encoder (stb_image_write),
// which took most of the time of a preview.

#include <SFML/Graphics/Image.hpp>

#include <filesystem>

namespace helder::ui {

// False when the file cannot be written.
bool saveScreenPng(const sf::Image& image, const std::filesystem::path& path);

} // namespace helder::ui
