#include "app/StaffCorner.hpp"

namespace helder::app {

void StaffCorner::press(bool inCorner, std::int64_t now)
{
    if (inCorner) {
        m_since = now;
    } else {
        m_since.reset();
    }
}

void StaffCorner::move(bool inCorner)
{
    if (!inCorner) {
        m_since.reset();
    }
}

std::optional<std::int64_t> StaffCorner::due() const
{
    if (!m_since) {
        return std::nullopt;
    }
    return *m_since + holdMs;
}

bool StaffCorner::fire(std::int64_t now)
{
    if (!m_since || now < *m_since + holdMs) {
        return false;
    }
    m_since.reset();
    return true;
}

} // namespace helder::app
