#pragma once
// Runs a command the way a hostile input deserves: with a memory limit, a wall-clock limit
// after which it is killed, and its output captured; reports how it ended and what it cost.

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace helder::hostile {

struct RunLimits {
    std::size_t addressSpaceBytes = std::size_t{2} << 30; // 2 GiB (issue 15)
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer and UBSan make helder-forms several times slower: the sanitized run checks
    // memory errors and crashes, the Release run (tests/run.sh) checks the 20 s of issue 15.
    std::chrono::seconds wallClock{180};
#else
    std::chrono::seconds wallClock{20};
#endif
};

struct RunResult {
    int exitCode = -1;     // -1 when killed by a signal
    int signal = 0;        // the signal that ended it, 0 when it exited
    bool timedOut = false; // killed at the wall-clock limit
    std::chrono::milliseconds elapsed{0};
    long peakResidentKb = 0;
    std::string out;
    std::string err;
};

RunResult runBounded(const std::vector<std::string>& command, const std::filesystem::path& scratch,
                     const RunLimits& limits = {});

} // namespace helder::hostile
