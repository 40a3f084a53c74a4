// Soak (issue 15): visitor sessions in a row through the kiosk's engine without a display
// (tests/visits/HeadlessKiosk: core::update, the effect runner, the print worker, the printout made
// in a child process) into a spool folder with retention 0, by a RandomVisitor. After a warm-up it
// compares resident memory, open descriptors and the files in the spool and temporary folders with
// the end, prints a table and exits 1 when a limit is passed. Run by hand, not by CI:
//   helder-session-soak [SESSIONS=10000] [SEED=1]

#include "HeadlessKiosk.hpp"
#include "RandomVisitor.hpp"
#include "SoakMeter.hpp"

#include "printer/SpoolFolder.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <locale>
#include <string>

namespace {

using namespace helder;
namespace fs = std::filesystem;

constexpr long warmUpSessions = 100;
constexpr long reportEvery = 500;

} // namespace

int main(int argc, char** argv)
{
    const long sessions = argc > 1 ? std::stol(argv[1]) : 10'000;
    const auto seed = static_cast<std::uint32_t>(argc > 2 ? std::stoul(argv[2]) : 1);
    std::cout.imbue(std::locale::classic());

    // A private spool and temporary folder, so that every file the run leaves is counted.
    const fs::path root = fs::temp_directory_path() / ("helder-session-soak-" + std::to_string(getpid()));
    const fs::path spoolFolder = root / "spool";
    const fs::path temporary = root / "tmp";
    fs::create_directories(temporary);
    setenv("TMPDIR", temporary.c_str(), 1);

    std::ostream discarded(nullptr); // the kiosk's log: 10,000 sessions of it is no leak of the kiosk
    auto spool = printer::SpoolFolder::openAt(spoolFolder, std::chrono::seconds(0));
    if (!spool) {
        std::cerr << "helder-session-soak: spool folder: " << spool.error().message << '\n';
        return 1;
    }
    auto kiosk = test::HeadlessKiosk::create(HELDER_SOURCE_DIR, *core::Date::fromYmd(2026, 11, 23),
                                             std::make_unique<printer::SpoolFolder>(std::move(*spool)),
                                             app::PrintSettings{}, discarded);
    if (!kiosk) {
        std::cerr << "helder-session-soak: " << kiosk.error() << '\n';
        return 1;
    }
    test::RandomVisitor visitor(**kiosk, seed);
    const soak::SoakMeter meter({spoolFolder, temporary});

    const soak::SoakRun run = soak::runSessions(
        std::cout, meter, sessions, warmUpSessions, reportEvery,
        [&visitor](long number) { visitor.visit("SOAK" + std::to_string(number)); },
        [&visitor] { return visitor.tally().printed; });
    const test::RandomVisitor::Tally& tally = visitor.tally();
    std::cout << "printed " << tally.printed << ", printer faults " << tally.printFaults << ", walked away "
              << tally.walkedAway << ", started again " << tally.startedAgain << ", printer news late "
              << tally.stuck << '\n';
    // Retention 0 deletes each printout at the next submit: the last one may remain.
    const bool ok = soak::report(std::cout, sessions, run.seconds, run.start, run.warm, run.end, {5.0, 1}) && tally.stuck == 0;
    kiosk->reset();
    fs::remove_all(root);
    return ok ? 0 : 1;
}
