#pragma once
// Whether OpenAL can open a sound device, asked before SFML first touches OpenAL. Without a
// device OpenAL Soft still picks its ALSA backend, and SFML then prints hundreds of errors and
// loads sounds unreliably (PLATFORM.md §7); its null backend is quiet, but it must be chosen
// before OpenAL reads its configuration, which it does once per process.

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <utility>

namespace helder::audio {

struct DeviceProbe {
    bool present = false;
    std::string detail; // why not, for the log
};

// Opens and closes the default device in a child process, so that this process's OpenAL is
// still unconfigured afterwards. Loading OpenAL and its backends takes 100-300 ms: the kiosk
// starts the check and draws its first frame meanwhile. Start it while the process has one
// thread (it forks).
class DeviceCheck {
public:
    [[nodiscard]] static DeviceCheck start();
    DeviceCheck(DeviceCheck&& other) noexcept;
    DeviceCheck& operator=(DeviceCheck&&) = delete;
    DeviceCheck(const DeviceCheck&) = delete;
    DeviceCheck& operator=(const DeviceCheck&) = delete;
    ~DeviceCheck(); // a check still running is ended

    // The answer once the check has ended, without waiting.
    [[nodiscard]] std::optional<DeviceProbe> poll();
    // Waits for the answer. Either gives up after 3 s: a sound server that does not answer is
    // no device.
    [[nodiscard]] DeviceProbe wait();

private:
    explicit DeviceCheck(pid_t child, std::optional<DeviceProbe> answer = std::nullopt)
        : m_child(child), m_answer(std::move(answer))
    {
    }
    DeviceProbe verdict(int status);

    pid_t m_child = -1;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    std::optional<DeviceProbe> m_answer;
};

[[nodiscard]] inline DeviceProbe probeOutputDevice()
{
    return DeviceCheck::start().wait();
}

} // namespace helder::audio
