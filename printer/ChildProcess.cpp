#include "printer/ChildProcess.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <new>

#include <sys/resource.h>
#include <sys/wait.h>
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

bool writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

[[noreturn]] void runChild(int fd, const std::function<std::string()>& job, const ProcessLimits& limits)
{
    setLimit(RLIMIT_CPU, static_cast<rlim_t>(limits.cpu.count()));
    setLimit(RLIMIT_AS, currentAddressSpace() + static_cast<rlim_t>(limits.memoryBytes));
    setLimit(RLIMIT_CORE, 0);
    int status = 0;
    try {
        const std::string result = job();
        if (result.size() > limits.outputBytes)
            status = kTooMuchOutputExit;
        else if (!writeAll(fd, result.data(), result.size()))
            status = 1;
    } catch (const std::bad_alloc&) {
        status = kOutOfMemoryExit;
    } catch (...) {
        status = 1;
    }
    ::close(fd);
    // No exit handlers or destructors of the parent's objects run in the child.
    ::_exit(status);
}

} // namespace

std::expected<std::string, std::string> runInChild(const std::function<std::string()>& job, const ProcessLimits& limits)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return std::unexpected(std::string("cannot create a pipe: ") + std::strerror(errno));
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return std::unexpected(std::string("cannot start a child process: ") + std::strerror(errno));
    }
    if (child == 0) {
        ::close(fds[0]);
        runChild(fds[1], job, limits);
    }
    ::close(fds[1]);
    std::string output;
    bool overflow = false;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fds[0], buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        if (output.size() + static_cast<std::size_t>(got) > limits.outputBytes) {
            overflow = true;
            ::kill(child, SIGKILL);
            break;
        }
        output.append(buffer, static_cast<std::size_t>(got));
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (overflow || (WIFEXITED(status) && WEXITSTATUS(status) == kTooMuchOutputExit))
        return std::unexpected("the result is larger than " + std::to_string(limits.outputBytes >> 20U) + " MB");
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        if (signal == SIGXCPU || signal == SIGKILL)
            return std::unexpected("processing took longer than " + std::to_string(limits.cpu.count()) +
                                   " s of CPU time and was stopped");
        return std::unexpected(std::string("processing crashed (") + ::strsignal(signal) + ")");
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == kOutOfMemoryExit)
        return std::unexpected("processing needed more than " + std::to_string(limits.memoryBytes >> 20U) +
                               " MB of memory and was stopped");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::unexpected("processing failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")");
    return output;
}

} // namespace helder::printer
