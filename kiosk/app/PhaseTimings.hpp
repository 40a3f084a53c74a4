#pragma once
// Where the kiosk's start and its frames spend their time (--timings, for issue 12's benchmark):
// each mark logs the wall time since the previous mark and since the start, and the CPU time the
// calling thread spent meanwhile. The CPU time holds on a loaded machine where the wall time
// does not: a phase with much more wall than CPU time waited (for the X server, a disk, a lock).
//   helder-kiosk: timing: locales +3.1 ms (CPU 2.9 ms), 41.0 ms since start

#include <chrono>
#include <iosfwd>
#include <string_view>

namespace helder::app {

class PhaseTimings {
public:
    // Off (every mark does nothing) without a log. The first phase began at `start`.
    PhaseTimings(std::ostream* log, std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now());

    [[nodiscard]] bool enabled() const { return m_log != nullptr; }
    // The phase that ended now.
    void mark(std::string_view phase);
    // Starts a new measure (a tap's frame) without logging; the start stays.
    void restart();

private:
    std::ostream* m_log;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last;
    std::chrono::nanoseconds m_lastCpu{};
};

} // namespace helder::app
