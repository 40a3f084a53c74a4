#include "printer/SpoolFolder.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <locale>
#include <sstream>
#include <system_error>
#include <utility>

namespace helder::printer {

namespace fs = std::filesystem;

namespace {

constexpr mode_t privateMode = 0700;
constexpr std::size_t maxTitleLength = 64;

std::string errnoText(int error)
{
    return std::error_code(error, std::generic_category()).message();
}

// The folder must be ours alone: a real folder (not a link someone planted), owned by us, mode 0700.
std::expected<void, std::string> ensurePrivateFolder(const fs::path& folder)
{
    if (::mkdir(folder.c_str(), privateMode) != 0 && errno != EEXIST)
        return std::unexpected("cannot create " + folder.string() + ": " + errnoText(errno));
    struct stat info {};
    if (::lstat(folder.c_str(), &info) != 0)
        return std::unexpected("cannot inspect " + folder.string() + ": " + errnoText(errno));
    if (!S_ISDIR(info.st_mode))
        return std::unexpected(folder.string() + " is not a folder");
    if (info.st_uid != ::geteuid())
        return std::unexpected(folder.string() + " belongs to another user");
    if ((info.st_mode & 07777) != privateMode && ::chmod(folder.c_str(), privateMode) != 0)
        return std::unexpected("cannot make " + folder.string() + " private: " + errnoText(errno));
    return {};
}

bool writableFolder(const fs::path& folder)
{
    struct stat info {};
    return ::stat(folder.c_str(), &info) == 0 && S_ISDIR(info.st_mode) && ::access(folder.c_str(), W_OK | X_OK) == 0;
}

// Session codes are plain, but a file name must never become a path: anything else turns into '_'.
std::string fileStem(const std::string& title)
{
    std::string stem;
    for (const char c : title.substr(0, maxTitleLength)) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                           || c == '_';
        stem += plain ? c : '_';
    }
    return stem;
}

std::string numbered(const std::string& stem, int number)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << stem << '-' << number << ".pdf";
    return out.str();
}

std::expected<void, std::string> writeAll(int fd, const std::vector<std::byte>& bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return std::unexpected(errnoText(errno));
        }
        done += static_cast<std::size_t>(written);
    }
    return {};
}

} // namespace

SpoolFolder::SpoolFolder(fs::path folder, std::chrono::seconds retention, std::string warning)
    : m_folder(std::move(folder)), m_retention(retention), m_warning(std::move(warning))
{
    // A runtime folder outlives the process: expired PDFs of an earlier run go at once.
    removeExpired();
}

std::expected<SpoolFolder, PrintFault> SpoolFolder::openAt(fs::path folder, std::chrono::seconds retention)
{
    if (auto made = ensurePrivateFolder(folder); !made)
        return std::unexpected(PrintFault{"write-failed", made.error()});
    return SpoolFolder(std::move(folder), retention, {});
}

SpoolFolder::Places SpoolFolder::Places::fromEnvironment()
{
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    std::error_code error;
    fs::path temporary = fs::temp_directory_path(error);
    return Places{runtime ? fs::path(runtime) : fs::path(), "/run/helder", error ? fs::path("/tmp") : temporary};
}

std::expected<SpoolFolder, PrintFault> SpoolFolder::open(std::chrono::seconds retention)
{
    return open(Places::fromEnvironment(), retention);
}

std::expected<SpoolFolder, PrintFault> SpoolFolder::open(const Places& places, std::chrono::seconds retention)
{
    std::string problems;
    if (!places.runtimeDir.empty()) {
        const fs::path helder = places.runtimeDir / "helder";
        auto made = ensurePrivateFolder(helder);
        if (made)
            made = ensurePrivateFolder(helder / "spool");
        if (made)
            return SpoolFolder(helder / "spool", retention, {});
        problems = "XDG_RUNTIME_DIR unusable: " + made.error() + "; ";
    }
    if (writableFolder(places.systemdDir)) {
        auto made = ensurePrivateFolder(places.systemdDir / "spool");
        if (made)
            return SpoolFolder(places.systemdDir / "spool", retention, problems);
        problems += made.error() + "; ";
    }
    std::string temporary = (places.temporaryDir / "helder-spool-XXXXXX").string();
    if (!::mkdtemp(temporary.data()))
        return std::unexpected(PrintFault{"write-failed", problems + "cannot create a spool folder in "
                                                              + places.temporaryDir.string() + ": "
                                                              + errnoText(errno)});
    return SpoolFolder(temporary, retention,
                       problems + "no runtime folder (XDG_RUNTIME_DIR or " + places.systemdDir.string()
                           + "): printed PDFs go to " + temporary);
}

void SpoolFolder::removeExpired()
{
    const auto limit = fs::file_time_type::clock::now() - m_retention;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(m_folder, error)) {
        std::error_code entryError;
        if (!entry.is_regular_file(entryError) || entry.path().extension() != ".pdf")
            continue;
        const auto written = entry.last_write_time(entryError);
        if (!entryError && written <= limit)
            fs::remove(entry.path(), entryError);
    }
}

std::expected<SubmittedJob, PrintFault> SpoolFolder::submit(const PrintJobRequest& request)
{
    if (request.pdf.empty() || request.copies < 1 || request.title.empty())
        return std::unexpected(PrintFault{"invalid-request", "a print job needs a title, a PDF and at least one copy"});
    removeExpired();
    const std::string stem = fileStem(request.title);
    // Files of an earlier run may remain in a runtime folder: O_EXCL skips their numbers.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const int id = ++m_lastJob;
        const fs::path file = m_folder / numbered(stem, id);
        const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0)
            return std::unexpected(PrintFault{"write-failed", "cannot create a file in " + m_folder.string() + ": "
                                                                  + errnoText(errno)});
        auto written = writeAll(fd, request.pdf);
        if (::close(fd) != 0 && written)
            written = std::unexpected(errnoText(errno));
        if (!written) {
            ::unlink(file.c_str());
            return std::unexpected(PrintFault{"write-failed", "cannot write in " + m_folder.string() + ": "
                                                                  + written.error()});
        }
        m_files.emplace(id, file);
        if (m_files.size() > rememberedJobs)
            m_files.erase(m_files.begin());
        return SubmittedJob{id};
    }
    return std::unexpected(PrintFault{"write-failed", "no free file name in " + m_folder.string()});
}

std::expected<JobState, PrintFault> SpoolFolder::jobState(int jobId)
{
    if (!m_files.contains(jobId))
        return std::unexpected(PrintFault{"job-missing", "no such job in the spool folder"});
    return JobState::Completed;
}

std::expected<JobState, PrintFault> SpoolFolder::waitForJob(int jobId, std::chrono::milliseconds)
{
    return jobState(jobId);
}

std::expected<std::vector<int>, PrintFault> SpoolFolder::unfinishedJobs(const std::string&)
{
    return std::vector<int>{};
}

void SpoolFolder::cancelJobs(const std::string&)
{
    // Every job is finished the moment it is written, like paper already in the tray: nothing to cancel.
}

std::expected<PrinterStatus, PrintFault> SpoolFolder::status()
{
    if (!writableFolder(m_folder))
        return PrinterStatus{"stopped", {"spool-folder-missing"}, false, "spool folder " + m_folder.string()
                                                                             + " is gone or not writable"};
    return PrinterStatus{"idle", {}, true, "spool folder " + m_folder.string()};
}

std::string SpoolFolder::describe() const
{
    return "spool folder " + m_folder.string();
}

std::optional<fs::path> SpoolFolder::fileOf(int jobId) const
{
    const auto found = m_files.find(jobId);
    if (found == m_files.end())
        return std::nullopt;
    return found->second;
}

} // namespace helder::printer
