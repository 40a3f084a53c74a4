#include "printer/ChildProcess.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <new>

#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <poll.h>
#include <unistd.h>

namespace helder::printer {
namespace {

constexpr int kOutOfMemoryExit = 3;
constexpr int kTooMuchOutputExit = 4;

// The child's address space so far (fonts, the parent's heap): the memory limit comes on top.
rlim_t currentAddressSpace()
{
    std::ifstream statm("/proc/self/statm");
    unsigned long long pages = 0;
    statm >> pages;
    return static_cast<rlim_t>(pages) * static_cast<rlim_t>(::sysconf(_SC_PAGESIZE));
}

void setLimit(int resource, rlim_t value)
{
    const rlimit limit{value, value};
    ::setrlimit(resource, &limit);
}

bool writeAll(int fd, std::string_view piece)
{
    while (!piece.empty()) {
        const ssize_t written = ::write(fd, piece.data(), piece.size());
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        piece.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

[[noreturn]] void runChild(int fd, const ChildJob& job, const ProcessLimits& limits)
{
    setLimit(RLIMIT_CPU, static_cast<rlim_t>(limits.cpu.count()));
    setLimit(RLIMIT_AS, currentAddressSpace() + static_cast<rlim_t>(limits.memoryBytes));
    setLimit(RLIMIT_CORE, 0);
    // The result file may not grow past the output limit: a write beyond it fails with EFBIG.
    setLimit(RLIMIT_FSIZE, static_cast<rlim_t>(limits.outputBytes));
    ::signal(SIGXFSZ, SIG_IGN);
    int status = 0;
    try {
        bool tooLarge = false;
        bool failed = false;
        const ResultWriter write = [&](std::string_view piece) {
            if (tooLarge || failed)
                return false;
            if (!writeAll(fd, piece))
                (errno == EFBIG ? tooLarge : failed) = true;
            return !tooLarge && !failed;
        };
        const bool done = job(write);
        status = tooLarge ? kTooMuchOutputExit : done && !failed ? 0 : 1;
    } catch (const std::bad_alloc&) {
        status = kOutOfMemoryExit;
    } catch (...) {
        status = 1;
    }
    // No exit handlers or destructors of the parent's objects run in the child.
    ::_exit(status);
}

std::string failureOf(int status, const ProcessLimits& limits)
{
    if (WIFEXITED(status) && WEXITSTATUS(status) == kTooMuchOutputExit)
        return "the result is larger than " + std::to_string(limits.outputBytes >> 20U) + " MB";
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        if (signal == SIGXCPU || signal == SIGKILL)
            return "processing took longer than " + std::to_string(limits.cpu.count()) + " s of CPU time and was stopped";
        return std::string("processing crashed (") + ::strsignal(signal) + ")";
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == kOutOfMemoryExit)
        return "processing needed more than " + std::to_string(limits.memoryBytes >> 20U) + " MB of memory and was stopped";
    return "processing failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")";
}

// Waits until `child` has ended (true) or `limit` has passed (false), without reaping it.
bool waitForEnd(pid_t child, std::chrono::seconds limit)
{
    // glibc 2.36's <sys/pidfd.h> declares pidfd_open without C linkage (fixed in 2.37).
    const int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, child, 0));
    if (pidfd < 0)
        return true;  // a kernel before 5.3: waitpid alone, without the wall-clock limit
    const auto deadline = std::chrono::steady_clock::now() + limit;
    bool ended = false;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd ready{pidfd, POLLIN, 0};
        const int polled = ::poll(&ready, 1, static_cast<int>(std::max<std::chrono::milliseconds::rep>(0, left.count())));
        if (polled < 0 && errno == EINTR)
            continue;
        ended = polled > 0;
        break;
    }
    ::close(pidfd);
    return ended;
}

// Maps what the child wrote.
std::expected<MappedBytes, std::string> mapResult(int fd, const ProcessLimits& limits)
{
    struct stat file {};
    if (::fstat(fd, &file) != 0)
        return std::unexpected(std::string("cannot read the result: ") + std::strerror(errno));
    const auto size = static_cast<std::size_t>(file.st_size);
    if (size > limits.outputBytes)
        return std::unexpected("the result is larger than " + std::to_string(limits.outputBytes >> 20U) + " MB");
    auto mapped = MappedBytes::ofDescriptor(fd, size);
    if (!mapped)
        return std::unexpected("cannot read the result: " + mapped.error());
    return mapped;
}

} // namespace

std::mutex& forkGate()
{
    static std::mutex gate;
    return gate;
}

std::expected<MappedBytes, std::string> runInChild(const ChildJob& job, const ProcessLimits& limits)
{
    const int fd = ::memfd_create("helder-child-result", MFD_CLOEXEC);
    if (fd < 0)
        return std::unexpected(std::string("cannot create the result file: ") + std::strerror(errno));
    pid_t child = -1;
    {
        const std::lock_guard gate(forkGate());
        child = ::fork();
    }
    if (child < 0) {
        ::close(fd);
        return std::unexpected(std::string("cannot start a child process: ") + std::strerror(errno));
    }
    if (child == 0)
        runChild(fd, job, limits);
    const bool ended = waitForEnd(child, limits.wallClock);
    if (!ended)
        ::kill(child, SIGKILL);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!ended) {
        ::close(fd);
        return std::unexpected("processing took longer than " + std::to_string(limits.wallClock.count()) +
                               " s and was stopped");
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        ::close(fd);
        return std::unexpected(failureOf(status, limits));
    }
    auto output = mapResult(fd, limits);
    ::close(fd);
    return output;
}

} // namespace helder::printer
