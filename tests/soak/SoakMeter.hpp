#pragma once
// What a soak watches in its own process: resident memory (/proc/self/statm), open descriptors
// (/proc/self/fd) and the files in the folders the kiosk writes to, read at one moment.

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace helder::soak {

struct SoakReading {
    double residentMb = 0;
    long descriptors = 0;
    long files = 0; // in the watched folders, recursively
};

class SoakMeter {
public:
    explicit SoakMeter(std::vector<std::filesystem::path> watched) : m_watched(std::move(watched)) {}

    [[nodiscard]] SoakReading read() const;

private:
    std::vector<std::filesystem::path> m_watched;
};

// The readings of a run: at its start, after its warm-up, at its end, and how long it took.
struct SoakRun {
    SoakReading start;
    SoakReading warm;
    SoakReading end;
    double seconds = 0;
};

// Runs `visit(number)` for sessions 0 … sessions-1, reading `meter` at the start, after `warmUp`
// sessions and at the end, and printing a progress line every `reportEvery` sessions with the
// count `printed()` gives.
SoakRun runSessions(std::ostream& out, const SoakMeter& meter, long sessions, long warmUp, long reportEvery,
                    const std::function<void(long)>& visit, const std::function<long()>& printed);

// The soak's limits after its warm-up.
struct SoakLimits {
    double residentGrowthMb = 0;
    long extraFiles = 0; // files that may remain at the end beyond those at warm-up
};

// Prints a Markdown table of the run and returns whether it kept within the limits: resident memory
// grew less than the limit, descriptors ended where they were, files at most the allowance.
bool report(std::ostream& out, long sessions, double seconds, const SoakReading& start, const SoakReading& warm,
            const SoakReading& end, const SoakLimits& limits);

} // namespace helder::soak
