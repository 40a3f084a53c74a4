#include "BoundedRun.hpp"

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace helder::hostile {
namespace {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer reserves terabytes of shadow memory when the program starts, so an address-space
// limit stops the sanitized helder-forms before its main; its own resident-memory limit bounds the
// run instead (ASan ends the program, which the tests see as a failure).
void limitMemory(std::size_t bytes)
{
    const char* current = std::getenv("ASAN_OPTIONS");
    std::string options = current != nullptr ? current : "";
    options += (options.empty() ? "" : ":") + std::string("hard_rss_limit_mb=") + std::to_string(bytes >> 20U);
    setenv("ASAN_OPTIONS", options.c_str(), 1);
}
#else
void limitMemory(std::size_t bytes)
{
    const rlimit addressSpace{bytes, bytes};
    setrlimit(RLIMIT_AS, &addressSpace);
}
#endif

[[noreturn]] void execInChild(const std::vector<std::string>& command, const std::filesystem::path& out,
                              const std::filesystem::path& err, const RunLimits& limits)
{
    limitMemory(limits.addressSpaceBytes);
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    const int outFd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int errFd = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (outFd < 0 || errFd < 0 || dup2(outFd, STDOUT_FILENO) < 0 || dup2(errFd, STDERR_FILENO) < 0) {
        _exit(126);
    }
    std::vector<char*> argv;
    for (const auto& argument : command) {
        argv.push_back(const_cast<char*>(argument.c_str()));
    }
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
}

} // namespace

RunResult runBounded(const std::vector<std::string>& command, const std::filesystem::path& scratch,
                     const RunLimits& limits)
{
    const auto outPath = scratch / "run.out";
    const auto errPath = scratch / "run.err";
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
        execInChild(command, outPath, errPath, limits);
    }
    RunResult result;
    int status = 0;
    rusage usage{};
    while (true) {
        const pid_t done = wait4(child, &status, WNOHANG, &usage);
        if (done == child) {
            break;
        }
        if (std::chrono::steady_clock::now() - start > limits.wallClock) {
            kill(child, SIGKILL);
            wait4(child, &status, 0, &usage);
            result.timedOut = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    result.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    result.peakResidentKb = usage.ru_maxrss;
    if (WIFEXITED(status)) {
        result.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        result.signal = WTERMSIG(status);
    }
    result.out = readFile(outPath);
    result.err = readFile(errPath);
    return result;
}

} // namespace helder::hostile
