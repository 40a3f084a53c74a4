#include "app/PhaseTimings.hpp"

#include <ctime>
#include <iomanip>
#include <locale>
#include <ostream>
#include <sstream>

namespace helder::app {
namespace {

std::chrono::nanoseconds threadCpu()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
}

double milliseconds(std::chrono::nanoseconds duration)
{
    return std::chrono::duration<double, std::milli>(duration).count();
}

} // namespace

PhaseTimings::PhaseTimings(std::ostream* log, std::chrono::steady_clock::time_point start)
    : m_log(log)
    , m_start(start)
    , m_last(m_start)
    , m_lastCpu(threadCpu())
{
}

void PhaseTimings::restart()
{
    m_last = std::chrono::steady_clock::now();
    m_lastCpu = threadCpu();
}

void PhaseTimings::mark(std::string_view phase)
{
    if (!m_log) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    const auto cpu = threadCpu();
    // One write per line: the audio worker may log at the same time.
    std::ostringstream line;
    line.imbue(std::locale::classic());
    line << std::fixed << std::setprecision(1) << "helder-kiosk: timing: " << phase << " +" << milliseconds(now - m_last)
         << " ms (CPU " << milliseconds(cpu - m_lastCpu) << " ms), " << milliseconds(now - m_start)
         << " ms since start\n";
    *m_log << line.str() << std::flush;
    m_last = now;
    m_lastCpu = cpu;
}

} // namespace helder::app
