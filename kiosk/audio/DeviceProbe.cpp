#include "audio/DeviceProbe.hpp"

#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

namespace helder::audio {
namespace {

// The child's verdicts, as exit codes.
constexpr int opened = 0;
constexpr int noDevice = 1;
constexpr int noLibrary = 2;

[[noreturn]] void probeInChild()
{
    // OpenAL and ALSA complain on stderr about a missing device; that is the answer, not news.
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) {
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
    }
    // Loaded by name: the one library SFML's audio module uses, without its development headers.
    void* library = ::dlopen("libopenal.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        ::_exit(noLibrary);
    }
    using OpenDevice = void* (*)(const char*);
    using CloseDevice = char (*)(void*);
    auto openDevice = reinterpret_cast<OpenDevice>(::dlsym(library, "alcOpenDevice"));
    auto closeDevice = reinterpret_cast<CloseDevice>(::dlsym(library, "alcCloseDevice"));
    if (!openDevice || !closeDevice) {
        ::_exit(noLibrary);
    }
    void* device = openDevice(nullptr);
    if (!device) {
        ::_exit(noDevice);
    }
    closeDevice(device);
    ::_exit(opened);
}

} // namespace

DeviceProbe probeOutputDevice()
{
    const pid_t child = ::fork();
    if (child < 0) {
        return DeviceProbe{false, "cannot start the sound device check"};
    }
    if (child == 0) {
        probeInChild();
    }
    // A sound server that does not answer must not hold the kiosk's start for long.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
    int status = 0;
    while (true) {
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child) {
            break;
        }
        if (done < 0 || std::chrono::steady_clock::now() > deadline) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            return DeviceProbe{false, "the sound device did not answer within 3 s"};
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (!WIFEXITED(status)) {
        return DeviceProbe{false, "the sound device check crashed"};
    }
    switch (WEXITSTATUS(status)) {
    case opened: return DeviceProbe{true, {}};
    case noLibrary: return DeviceProbe{false, "libopenal.so.1 cannot be loaded"};
    default: return DeviceProbe{false, "OpenAL cannot open a sound device"};
    }
}

DeviceProbe prepareOutputDevice()
{
    DeviceProbe probe = probeOutputDevice();
    if (!probe.present) {
        ::setenv("ALSOFT_DRIVERS", "null", 1);
    }
    return probe;
}

} // namespace helder::audio
