#pragma once
// The widget map: the drawn screen's widget ids and rectangles as JSON, for tests that drive the
// real kiosk with taps (xdotool) at the places the kiosk itself laid out. Ids and rectangles only:
// never a text, so never an answer.
//   {"frame": 12, "draw_ms": 9.5, "width": 1920, "height": 1080, "rtl": false,
//    "widgets": [{"id": "nav/next", "touchable": true, "x": 1418, "y": 962, "width": 470, "height": 96}, ...]}

#include "ui/ScreenDescription.hpp"

#include <cstdint>
#include <filesystem>
#include <string>

namespace helder::app {

// draw_ms: from the start of the frame's layout until it was shown (for the kiosk benchmark).
std::string widgetMapJson(const ui::ScreenDescription& screen, std::uint64_t frame, double drawMs);

// Written beside and renamed over `path`, so a reader never sees half a file. False when it
// cannot be written.
[[nodiscard]] bool writeWidgetMap(const std::filesystem::path& path, const ui::ScreenDescription& screen,
                                  std::uint64_t frame, double drawMs);

} // namespace helder::app
