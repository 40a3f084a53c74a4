#include "tools/XvfbDisplay.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <thread>
#include <utility>

namespace helder::tools {
namespace {

constexpr const char* xvfbPath = "/usr/bin/Xvfb";
constexpr int readyTimeoutMs = 10'000;

void stop(pid_t pid)
{
    if (pid <= 0) {
        return;
    }
    kill(pid, SIGTERM);
    // Xvfb exits at once on SIGTERM; one that hangs is killed rather than left behind.
    for (int waited = 0; waited < 100; ++waited) {
        if (waitpid(pid, nullptr, WNOHANG) == pid) {
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

// The display number Xvfb writes to -displayfd once it listens, or an empty string.
std::string readDisplayNumber(int fd)
{
    std::string number;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(readyTimeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd ready{fd, POLLIN, 0};
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        const int polled = poll(&ready, 1, static_cast<int>(std::max<std::int64_t>(0, left.count())));
        if (polled < 0 && errno == EINTR) {
            continue;
        }
        if (polled <= 0) {
            break;
        }
        char buffer[16];
        const ssize_t got = read(fd, buffer, sizeof buffer);
        if (got <= 0) {
            break; // Xvfb exited without listening
        }
        number.append(buffer, static_cast<std::size_t>(got));
        if (number.find('\n') != std::string::npos) {
            return number.substr(0, number.find('\n'));
        }
    }
    return {};
}

} // namespace

std::expected<XvfbDisplay, std::string> XvfbDisplay::start(unsigned width, unsigned height)
{
    std::error_code error;
    if (!std::filesystem::exists(xvfbPath, error)) {
        return std::unexpected(std::string("there is no display and no ") + xvfbPath
                               + " to start one (install the Debian package xvfb)");
    }
    int pipeFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0) {
        return std::unexpected(std::string("cannot start Xvfb: ") + std::strerror(errno));
    }
    const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
    const std::string displayFd = std::to_string(pipeFds[1]);
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
        close(pipeFds[0]);
        close(pipeFds[1]);
        return std::unexpected(std::string("cannot start Xvfb: ") + std::strerror(errno));
    }
    if (pid == 0) {
        // Only async-signal-safe calls between fork and exec.
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent) {
            _exit(127);
        }
        const int flags = fcntl(pipeFds[1], F_GETFD);
        fcntl(pipeFds[1], F_SETFD, flags & ~FD_CLOEXEC);
        const int devNull = open("/dev/null", O_RDWR);
        if (devNull >= 0) {
            dup2(devNull, STDIN_FILENO);
            dup2(devNull, STDOUT_FILENO);
            dup2(devNull, STDERR_FILENO);
        }
        execl(xvfbPath, xvfbPath, "-displayfd", displayFd.c_str(), "-screen", "0", screen.c_str(), "-nolisten",
              "tcp", "-noreset", static_cast<char*>(nullptr));
        _exit(127);
    }
    close(pipeFds[1]);
    const std::string number = readDisplayNumber(pipeFds[0]);
    close(pipeFds[0]);
    if (number.empty()) {
        stop(pid);
        return std::unexpected("Xvfb did not start within " + std::to_string(readyTimeoutMs / 1000) + " seconds");
    }
    return XvfbDisplay(pid, ":" + number);
}

XvfbDisplay::XvfbDisplay(XvfbDisplay&& other) noexcept
    : m_pid(std::exchange(other.m_pid, -1))
    , m_name(std::move(other.m_name))
{
}

XvfbDisplay::~XvfbDisplay()
{
    stop(m_pid);
}

} // namespace helder::tools
