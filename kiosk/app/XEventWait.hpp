#pragma once
// Sleeping until the X server has an event or a timer is due (PLATFORM.md §3): SFML 2.5's
// waitEvent polls every 10 ms; this blocks on SFML's own X connection instead.

#include <chrono>

namespace helder::app {

class XEventWait {
public:
    // Call with the window's GL context active: the display is the one SFML opened.
    [[nodiscard]] bool attach();
    // Returns when an event is pending or after `timeout` (negative: no limit).
    void wait(std::chrono::milliseconds timeout) const;

private:
    void* m_display = nullptr; // Display*, kept opaque so that Xlib's macros stay in the .cpp
};

} // namespace helder::app
