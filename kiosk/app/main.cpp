// helder-kiosk: the touch-screen kiosk (DESIGN §2). main only turns off core dumps, reads the
// command line and runs the kiosk.

#include "app/AppOptions.hpp"
#include "app/ConfigCheck.hpp"
#include "app/KioskApp.hpp"

#include <sys/prctl.h>
#include <sys/resource.h>

#include <ctime>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string_view>
#include <vector>

namespace {

// A crash must not write the visitor's answers to disk (DESIGN §7).
bool disableCoreDumps()
{
    const rlimit none{0, 0};
    return setrlimit(RLIMIT_CORE, &none) == 0 && prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
}

helder::core::Date localToday()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return helder::core::Date::fromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday)
        .value_or(helder::core::Date());
}

} // namespace

int main(int argc, char** argv)
{
    if (!disableCoreDumps()) {
        std::cerr << "helder-kiosk: cannot turn off core dumps\n";
        return 1;
    }
    const std::vector<std::string_view> arguments(argv + 1, argv + argc);
    auto options = helder::app::parseOptions(arguments);
    if (!options) {
        std::cerr << "helder-kiosk: " << options.error() << '\n' << helder::app::usage();
        return 2;
    }
    const helder::app::DefaultFolders defaults{HELDER_DEFAULT_FORMS_DIR, HELDER_DEFAULT_LOCALES_DIR};
    // The installed kiosk reads /etc/helder/config.json unless told otherwise; a dev build has none.
    const std::filesystem::path installedConfig(HELDER_DEFAULT_CONFIG);
    if (!options->config && !installedConfig.empty() && (options->checkConfig || std::filesystem::exists(installedConfig))) {
        options->config = installedConfig;
    }
    if (options->checkConfig) {
        if (!options->config) {
            std::cerr << "helder-kiosk: --check-config needs a PATH in a build that is not installed\n";
            return 2;
        }
        try {
            return helder::app::checkConfig(*options->config, defaults, localToday(), std::cout);
        } catch (const std::exception& error) {
            std::cerr << "helder-kiosk: " << error.what() << '\n';
            return 1;
        }
    }
    std::cerr << "helder-kiosk " HELDER_VERSION " starting\n";
    try {
        auto app = helder::app::KioskApp::create(*options, defaults, std::cerr);
        return app ? app->run() : 1;
    } catch (const std::exception& error) {
        std::cerr << "helder-kiosk: " << error.what() << '\n';
        return 1;
    }
}
