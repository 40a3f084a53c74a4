#include "app/XEventWait.hpp"

#include <GL/glx.h>
#include <X11/Xlib.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>

namespace helder::app {

bool XEventWait::attach()
{
    m_display = glXGetCurrentDisplay();
    return m_display != nullptr;
}

void XEventWait::wait(std::chrono::milliseconds timeout) const
{
    auto* display = static_cast<Display*>(m_display);
    if (!display) {
        return;
    }
    XFlush(display);
    if (XPending(display) > 0) {
        return;
    }
    pollfd descriptor{ConnectionNumber(display), POLLIN, 0};
    const int limit = timeout.count() < 0 ? -1 : static_cast<int>(std::min<long long>(timeout.count(), 3'600'000));
    while (poll(&descriptor, 1, limit) < 0 && errno == EINTR) {
    }
}

} // namespace helder::app
