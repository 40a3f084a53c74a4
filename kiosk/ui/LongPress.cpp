#include "ui/LongPress.hpp"

#include <utility>

namespace helder::ui {

void LongPress::press(std::string keyId, std::int64_t now)
{
    m_key = std::move(keyId);
    m_pressedAt = now;
    m_fired = false;
}

std::optional<std::string> LongPress::fire(std::int64_t now)
{
    if (m_key.empty() || m_fired || now < m_pressedAt + delayMs) {
        return std::nullopt;
    }
    m_fired = true;
    return m_key;
}

std::optional<std::string> LongPress::release()
{
    std::optional<std::string> typed;
    if (!m_key.empty() && !m_fired) {
        typed = std::move(m_key);
    }
    m_key.clear();
    m_fired = false;
    return typed;
}

std::optional<std::int64_t> LongPress::due() const
{
    if (m_key.empty() || m_fired) {
        return std::nullopt;
    }
    return m_pressedAt + delayMs;
}

} // namespace helder::ui
