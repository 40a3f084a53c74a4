// helder-kiosk: the touch-screen kiosk (DESIGN §2). main only turns off core dumps, reads the
// command line and runs the kiosk.

#include "app/AppOptions.hpp"
#include "app/KioskApp.hpp"

#include <sys/prctl.h>
#include <sys/resource.h>

#include <exception>
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
    try {
        const helder::app::DefaultFolders defaults{HELDER_DEFAULT_FORMS_DIR, HELDER_DEFAULT_LOCALES_DIR};
        auto app = helder::app::KioskApp::create(*options, defaults, std::cerr);
        return app ? app->run() : 1;
    } catch (const std::exception& error) {
        std::cerr << "helder-kiosk: " << error.what() << '\n';
        return 1;
    }
}
