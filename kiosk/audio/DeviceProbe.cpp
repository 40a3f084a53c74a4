#include "audio/DeviceProbe.hpp"

#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>
#include <utility>

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

DeviceCheck DeviceCheck::start()
{
    const pid_t child = ::fork();
    if (child < 0) {
        return DeviceCheck(-1, DeviceProbe{false, "cannot start the sound device check"});
    }
    if (child == 0) {
        probeInChild();
    }
    return DeviceCheck(child);
}

DeviceCheck::DeviceCheck(DeviceCheck&& other) noexcept
    : m_child(std::exchange(other.m_child, -1)), m_started(other.m_started), m_answer(std::move(other.m_answer))
{
}

DeviceCheck::~DeviceCheck()
{
    if (m_child > 0) {
        ::kill(m_child, SIGKILL);
        int status = 0;
        ::waitpid(m_child, &status, 0);
    }
}

DeviceProbe DeviceCheck::verdict(int status)
{
    m_child = -1;
    if (!WIFEXITED(status)) {
        return DeviceProbe{false, "the sound device check crashed"};
    }
    switch (WEXITSTATUS(status)) {
    case opened: return DeviceProbe{true, {}};
    case noLibrary: return DeviceProbe{false, "libopenal.so.1 cannot be loaded"};
    default: return DeviceProbe{false, "OpenAL cannot open a sound device"};
    }
}

std::optional<DeviceProbe> DeviceCheck::poll()
{
    if (!m_answer && m_child > 0) {
        int status = 0;
        const pid_t done = ::waitpid(m_child, &status, WNOHANG);
        if (done == m_child) {
            m_answer = verdict(status);
        } else if (done < 0) {
            m_child = -1;
            m_answer = DeviceProbe{false, "the sound device check vanished"};
        } else if (std::chrono::steady_clock::now() - m_started > std::chrono::seconds(3)) {
            // A sound server that does not answer is no device.
            ::kill(m_child, SIGKILL);
            ::waitpid(m_child, &status, 0);
            m_child = -1;
            m_answer = DeviceProbe{false, "the sound device did not answer within 3 s"};
        }
    }
    return m_answer;
}

DeviceProbe DeviceCheck::wait()
{
    while (!poll()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return *m_answer;
}

} // namespace helder::audio
