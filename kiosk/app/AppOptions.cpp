#include "app/AppOptions.hpp"

#include <charconv>

namespace helder::app {
namespace {

std::optional<unsigned> number(std::string_view text)
{
    unsigned value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 200 || value > 10000) {
        return std::nullopt;
    }
    return value;
}

} // namespace

std::string usage()
{
    return "usage: helder-kiosk [--config PATH] [--kiosk] [--smoke] [--forms DIR] [--locales DIR]\n"
           "                    [--screenshot FILE.png] [--size WIDTHxHEIGHT] [--widget-map FILE.json] [--timings]\n"
           "       helder-kiosk --check-config [PATH]   check a config and the forms it names, then exit\n";
}

std::expected<AppOptions, std::string> parseOptions(std::span<const std::string_view> arguments)
{
    AppOptions options;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string_view argument = arguments[i];
        auto value = [&]() -> std::optional<std::string_view> {
            if (i + 1 >= arguments.size()) {
                return std::nullopt;
            }
            return arguments[++i];
        };
        if (argument == "--kiosk") {
            options.kiosk = true;
        } else if (argument == "--smoke") {
            options.smoke = true;
        } else if (argument == "--timings") {
            options.timings = true;
        } else if (argument == "--check-config") {
            options.checkConfig = true;
            if (i + 1 < arguments.size() && !arguments[i + 1].starts_with("--")) {
                options.config = std::filesystem::path(arguments[++i]);
            }
        } else if (argument == "--config" || argument == "--forms" || argument == "--locales"
                   || argument == "--screenshot" || argument == "--size" || argument == "--widget-map") {
            const auto given = value();
            if (!given || given->empty()) {
                return std::unexpected(std::string(argument) + " needs a value");
            }
            if (argument == "--config") {
                options.config = std::filesystem::path(*given);
            } else if (argument == "--forms") {
                options.forms = std::filesystem::path(*given);
            } else if (argument == "--locales") {
                options.locales = std::filesystem::path(*given);
            } else if (argument == "--widget-map") {
                options.widgetMap = std::filesystem::path(*given);
            } else if (argument == "--screenshot") {
                options.screenshot = std::filesystem::path(*given);
            } else {
                const auto x = given->find('x');
                const auto width = x == std::string_view::npos ? std::nullopt : number(given->substr(0, x));
                const auto height = x == std::string_view::npos ? std::nullopt : number(given->substr(x + 1));
                if (!width || !height) {
                    return std::unexpected("--size needs WIDTHxHEIGHT, for example 1280x800");
                }
                options.width = *width;
                options.height = *height;
            }
        } else {
            return std::unexpected("unknown option: " + std::string(argument));
        }
    }
    return options;
}

} // namespace helder::app
