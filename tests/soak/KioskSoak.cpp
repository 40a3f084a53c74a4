// Soak (issue 15): visitor sessions in a row through the real kiosk, in-process: a KioskApp with its
// window on a private Xvfb, driven by a RandomVisitor (tests/visits/) through WindowedKiosk, printing
// into a spool folder with retention 0. Idle time-outs come from the kiosk's clock moved forward;
// printer faults from the spool folder taken away for a few sessions in every 20. After a warm-up it
// compares resident memory, open descriptors and the files in the spool and temporary folders with
// the end, prints a table and exits 1 when a limit is passed. Run by hand, not by CI:
//   helder-kiosk-soak [SESSIONS=300] [SEED=1] [log]      (log: the kiosk's log to stderr)

#include "RandomVisitor.hpp"
#include "SoakMeter.hpp"
#include "WindowedKiosk.hpp"

#include "app/KioskApp.hpp"
#include "tools/XvfbDisplay.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <locale>
#include <optional>
#include <string>

namespace {

using namespace helder;
namespace fs = std::filesystem;

// The glyph atlas, the fonts' caches and the keyboards grow as sessions first meet each script
// and language; by 50 random sessions they have met them all (300 sessions, seed 1: 4.1 MB of
// growth from session 20 to 50, 0.25 MB from 150 to 300).
constexpr long warmUpSessions = 50;
constexpr long reportEvery = 25;
constexpr unsigned width = 1280;
constexpr unsigned height = 800;

// Sessions 10-12 of every 20 find the printer gone: the spool folder is moved away.
bool printerDown(long number)
{
    const long place = number % 20;
    return place >= 10 && place <= 12;
}

} // namespace

int main(int argc, char** argv)
{
    const long sessions = argc > 1 ? std::stol(argv[1]) : 300;
    const auto seed = static_cast<std::uint32_t>(argc > 2 ? std::stoul(argv[2]) : 1);
    const bool showLog = argc > 3 && std::string(argv[3]) == "log";
    std::cout.imbue(std::locale::classic());

    // Static, and made before SFML makes its own: destroyed after them, as they still talk to the
    // X server at exit.
    static std::optional<tools::XvfbDisplay> display;
    auto xvfb = tools::XvfbDisplay::start(width, height);
    if (!xvfb) {
        std::cerr << "helder-kiosk-soak: " << xvfb.error() << '\n';
        return 1;
    }
    display.emplace(std::move(*xvfb));
    setenv("DISPLAY", display->name().c_str(), 1);

    // A private spool and temporary folder, so that every file the run leaves is counted.
    const fs::path root = fs::temp_directory_path() / ("helder-kiosk-soak-" + std::to_string(getpid()));
    const fs::path spoolFolder = root / "spool";
    const fs::path awayFolder = root / "spool-away";
    const fs::path temporary = root / "tmp";
    fs::create_directories(temporary);
    setenv("TMPDIR", temporary.c_str(), 1);
    const fs::path config = root / "config.json";
    std::ofstream(config) << "{\"spool_folder\": \"" << spoolFolder.string()
                          << "\", \"spool_retention_minutes\": 0, \"print_timeout_seconds\": 10}\n";

    std::ostream discarded(nullptr);
    std::ostream& log = showLog ? std::cerr : discarded;
    app::AppOptions options;
    options.config = config;
    options.width = width;
    options.height = height;
    const fs::path source = HELDER_SOURCE_DIR;
    auto kiosk = app::KioskApp::create(options, app::DefaultFolders{source / "forms", source / "locales"}, log);
    if (!kiosk || !kiosk->open()) {
        std::cerr << "helder-kiosk-soak: the kiosk did not start (run with the argument \"log\" to see why)\n";
        return 1;
    }
    kiosk->frame();
    soak::WindowedKiosk target(*kiosk);
    test::RandomVisitor visitor(target, seed);
    const soak::SoakMeter meter({spoolFolder, awayFolder, temporary});

    const soak::SoakRun run = soak::runSessions(
        std::cout, meter, sessions, warmUpSessions, reportEvery,
        [&](long number) {
            const bool down = printerDown(number);
            if (down) {
                fs::rename(spoolFolder, awayFolder);
            }
            visitor.visit("SOAK" + std::to_string(number));
            if (down) {
                fs::rename(awayFolder, spoolFolder);
            }
        },
        [&visitor] { return visitor.tally().printed; });
    const test::RandomVisitor::Tally& tally = visitor.tally();
    std::cout << "printed " << tally.printed << ", printer faults " << tally.printFaults << ", walked away "
              << tally.walkedAway << ", started again " << tally.startedAgain << ", printer news late "
              << tally.stuck << ", texts set as picked " << target.pickedInstead() << '\n';
    // Retention 0 deletes each printout at the next submit: the last one may remain.
    const bool ok = soak::report(std::cout, sessions, run.seconds, run.start, run.warm, run.end, {10.0, 1}) && tally.stuck == 0;
    kiosk.reset();
    fs::remove_all(root);
    return ok ? 0 : 1;
}
