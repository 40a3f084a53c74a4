#pragma once
// A private X server for drawing without a screen: /usr/bin/Xvfb started by PID on a display
// number it picks itself (-displayfd), and stopped again when this object goes. Xvfb also dies
// with the process that started it, so a crash never leaves it running.

#include <sys/types.h>

#include <expected>
#include <string>

namespace helder::tools {

class XvfbDisplay {
public:
    // Waits until the server accepts connections (at most a few seconds). The error says why it
    // could not start, in words for staff.
    [[nodiscard]] static std::expected<XvfbDisplay, std::string> start(unsigned width, unsigned height);

    XvfbDisplay(XvfbDisplay&& other) noexcept;
    XvfbDisplay& operator=(XvfbDisplay&&) = delete;
    XvfbDisplay(const XvfbDisplay&) = delete;
    XvfbDisplay& operator=(const XvfbDisplay&) = delete;
    ~XvfbDisplay();

    // ":N", for $DISPLAY.
    [[nodiscard]] const std::string& name() const { return m_name; }

private:
    XvfbDisplay(pid_t pid, std::string name) : m_pid(pid), m_name(std::move(name)) {}

    pid_t m_pid = -1;
    std::string m_name;
};

} // namespace helder::tools
