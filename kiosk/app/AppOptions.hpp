#pragma once
// The command line of helder-kiosk:
//   helder-kiosk [--config PATH] [--kiosk] [--smoke] [--forms DIR] [--locales DIR]
//                [--screenshot FILE] [--size WxH] [--widget-map FILE] [--timings]
//   helder-kiosk --check-config [PATH]

#include <expected>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace helder::app {

struct AppOptions {
    std::optional<std::filesystem::path> config;
    bool kiosk = false;      // full screen; closing the window is ignored
    bool smoke = false;      // draw the first frame and exit
    bool checkConfig = false; // check the config (PATH, else --config, else the installed one) and exit
    std::optional<std::filesystem::path> forms;   // over the config's, over the built-in default
    std::optional<std::filesystem::path> locales;
    std::optional<std::filesystem::path> screenshot; // save the first frame as PNG and exit
    std::optional<std::filesystem::path> widgetMap; // rewritten after every frame (app/WidgetMap.hpp)
    bool timings = false; // log where start-up and each frame spend their time (app/PhaseTimings.hpp)
    unsigned width = 1280;   // window size without --kiosk
    unsigned height = 800;
};

std::expected<AppOptions, std::string> parseOptions(std::span<const std::string_view> arguments);

std::string usage();

} // namespace helder::app
