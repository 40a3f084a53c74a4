#include "app/PinLockout.hpp"

#include <algorithm>

namespace helder::app {

std::int64_t PinLockout::remainingMs(std::int64_t now) const
{
    return std::max<std::int64_t>(0, m_lockedUntil - now);
}

std::int64_t PinLockout::remainingMinutes(std::int64_t now) const
{
    constexpr std::int64_t minute = 60'000;
    return (remainingMs(now) + minute - 1) / minute;
}

void PinLockout::recordFailure(std::int64_t now)
{
    if (locked(now)) {
        return;
    }
    ++m_failures;
    if (m_failures >= maxFailures) {
        m_lockedUntil = now + lockMs;
        m_failures = 0;
    }
}

} // namespace helder::app
