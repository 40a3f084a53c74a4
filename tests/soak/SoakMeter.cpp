#include "SoakMeter.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <locale>
#include <ostream>

namespace helder::soak {
namespace fs = std::filesystem;

SoakRun runSessions(std::ostream& out, const SoakMeter& meter, long sessions, long warmUp, long reportEvery,
                    const std::function<void(long)>& visit, const std::function<long()>& printed)
{
    SoakRun run;
    run.start = meter.read();
    run.warm = run.start;
    const auto started = std::chrono::steady_clock::now();
    const auto elapsed = [&started] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    for (long number = 0; number < sessions; ++number) {
        visit(number);
        if (number + 1 == std::min(warmUp, sessions)) {
            run.warm = meter.read();
        }
        if ((number + 1) % reportEvery == 0) {
            const SoakReading now = meter.read();
            out << number + 1 << " sessions, " << printed() << " printed, " << elapsed() << " s, RSS "
                << now.residentMb << " MB, fds " << now.descriptors << ", files " << now.files << '\n'
                << std::flush;
        }
    }
    run.seconds = elapsed();
    run.end = meter.read();
    return run;
}

SoakReading SoakMeter::read() const
{
    SoakReading reading;
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    reading.residentMb
        = static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
    reading.descriptors = std::distance(fs::directory_iterator("/proc/self/fd"), fs::directory_iterator());
    for (const fs::path& folder : m_watched) {
        std::error_code error;
        for (auto entry = fs::recursive_directory_iterator(folder, error); !error && entry != fs::end(entry);
             entry.increment(error)) {
            ++reading.files;
        }
    }
    return reading;
}

bool report(std::ostream& out, long sessions, double seconds, const SoakReading& start, const SoakReading& warm,
            const SoakReading& end, const SoakLimits& limits)
{
    const double growth = end.residentMb - warm.residentMb;
    const bool memoryOk = growth < limits.residentGrowthMb;
    const bool descriptorsOk = end.descriptors == warm.descriptors;
    const bool filesOk = end.files <= warm.files + limits.extraFiles;
    out.imbue(std::locale::classic());
    out.setf(std::ios::fixed);
    out.precision(1);
    out << "|  | start | after warm-up | end | limit |\n|---|---|---|---|---|\n"
        << "| resident memory (MB) | " << start.residentMb << " | " << warm.residentMb << " | " << end.residentMb
        << " | growth " << growth << " < " << limits.residentGrowthMb << (memoryOk ? "" : " **PASSED**") << " |\n"
        << "| open descriptors | " << start.descriptors << " | " << warm.descriptors << " | " << end.descriptors
        << " | end = warm-up" << (descriptorsOk ? "" : " **PASSED**") << " |\n"
        << "| files in spool and temp | " << start.files << " | " << warm.files << " | " << end.files
        << " | ≤ warm-up + " << limits.extraFiles << (filesOk ? "" : " **PASSED**") << " |\n";
    out.precision(2);
    out << sessions << " sessions in " << seconds << " s: " << static_cast<double>(sessions) / seconds
        << " sessions/s\n";
    const bool ok = memoryOk && descriptorsOk && filesOk;
    out << (ok ? "soak: within limits\n" : "soak: LIMIT PASSED\n");
    return ok;
}

} // namespace helder::soak
