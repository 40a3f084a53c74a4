#include "app/LongPress.hpp"

namespace helder::app {

void LongPress::press(bool inCorner, std::int64_t now)
{
    if (inCorner) {
        m_since = now;
    } else {
        m_since.reset();
    }
}

void LongPress::move(bool inCorner)
{
    if (!inCorner) {
        m_since.reset();
    }
}

std::optional<std::int64_t> LongPress::due() const
{
    if (!m_since) {
        return std::nullopt;
    }
    return *m_since + holdMs;
}

bool LongPress::fire(std::int64_t now)
{
    if (!m_since || now < *m_since + holdMs) {
        return false;
    }
    m_since.reset();
    return true;
}

} // namespace helder::app
