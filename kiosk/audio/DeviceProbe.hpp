#pragma once
// Whether OpenAL can open a sound device, asked before SFML first touches OpenAL. Without a
// device OpenAL Soft still picks its ALSA backend, and SFML then prints hundreds of errors and
// loads sounds unreliably (PLATFORM.md §7); its null backend is quiet, but it must be chosen
// before OpenAL reads its configuration, which it does once per process.

#include <string>

namespace helder::audio {

struct DeviceProbe {
    bool present = false;
    std::string detail; // why not, for the log
};

// Opens and closes the default device in a child process, so that this process's OpenAL is
// still unconfigured afterwards. Call it while the process has one thread.
[[nodiscard]] DeviceProbe probeOutputDevice();

// When no device opens: selects OpenAL's null backend (ALSOFT_DRIVERS=null) for this process.
DeviceProbe prepareOutputDevice();

} // namespace helder::audio
