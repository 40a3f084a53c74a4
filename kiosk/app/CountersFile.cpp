#include "app/CountersFile.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <locale>
#include <sstream>

namespace helder::app {
namespace {

struct MetricHelp {
    const char* name;
    const char* help;
};

// Every metric the kiosk publishes, in the order of the file; documented in the README.
constexpr std::array<MetricHelp, 5> metrics{{
    {"sessions_started", "Sessions started on the day, by form and visitor language."},
    {"sessions_printed", "Sessions that printed their papers on the day."},
    {"sessions_abandoned", "Sessions ended without printing, by the question they ended at (none: before the first)."},
    {"idle_timeouts", "Sessions ended by the idle timeout."},
    {"printer_faults", "Printer faults shown to visitors, by fault."},
}};

// Label values are escaped as the text format asks: backslash, double quote, newline.
std::string escaped(const std::string& value)
{
    std::string result;
    for (const char c : value) {
        if (c == '\\' || c == '"') {
            result += '\\';
            result += c;
        } else if (c == '\n') {
            result += "\\n";
        } else {
            result += c;
        }
    }
    return result;
}

std::string systemError(const std::string& what, const std::filesystem::path& path)
{
    return what + " " + path.string() + ": " + std::strerror(errno);
}

} // namespace

std::string CountersFile::format(const core::CountReport& report)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    const std::string day = report.day.toIso();
    out << "# HELP helder_counters_day The day the helder_* counts are of (written after it ended).\n"
        << "# TYPE helder_counters_day gauge\n"
        << "helder_counters_day{day=\"" << day << "\"} 1\n";
    for (const MetricHelp& metric : metrics) {
        out << "# HELP helder_" << metric.name << ' ' << metric.help << " Counts under "
            << core::Counters::smallestShown << " are merged into \"" << core::Counters::other << "\".\n"
            << "# TYPE helder_" << metric.name << " gauge\n";
        for (const core::CountSeries& series : report.series) {
            if (series.metric != metric.name) {
                continue;
            }
            out << "helder_" << series.metric << "{day=\"" << day << '"';
            for (const auto& [name, value] : series.labels) {
                out << ',' << name << "=\"" << escaped(value) << '"';
            }
            out << "} " << series.value << '\n';
        }
    }
    return out.str();
}

std::expected<void, std::string> CountersFile::write(const core::CountReport& report) const
{
    const std::string text = format(report);
    // The temporary name does not end in .prom, so the collector never reads it.
    std::filesystem::path temporary = m_path;
    temporary += ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return std::unexpected(systemError("cannot create", temporary));
    }
    // node_exporter reads it as another user, whatever the kiosk's umask (the unit sets 0077).
    if (::fchmod(fd, 0644) != 0) {
        const std::string error = systemError("cannot make readable", temporary);
        ::close(fd);
        ::unlink(temporary.c_str());
        return std::unexpected(error);
    }
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const std::string error = systemError("cannot write", temporary);
            ::close(fd);
            ::unlink(temporary.c_str());
            return std::unexpected(error);
        }
        written += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    const std::string syncError = synced ? std::string() : systemError("cannot write", temporary);
    if (::close(fd) != 0 || !synced) {
        const std::string error = synced ? systemError("cannot write", temporary) : syncError;
        ::unlink(temporary.c_str());
        return std::unexpected(error);
    }
    if (::rename(temporary.c_str(), m_path.c_str()) != 0) {
        const std::string error = systemError("cannot rename to", m_path);
        ::unlink(temporary.c_str());
        return std::unexpected(error);
    }
    return {};
}

} // namespace helder::app
