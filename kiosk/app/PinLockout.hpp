#pragma once
// The staff PIN's lockout (DESIGN §7): after 5 wrong PINs in a row, no PIN is even checked for
// 5 minutes. Pure: the time (milliseconds of a monotonic clock) is given by the caller, so tests
// drive it without waiting.

#include <cstdint>

namespace helder::app {

class PinLockout {
public:
    static constexpr int maxFailures = 5;
    static constexpr std::int64_t lockMs = 5 * 60 * 1000;

    [[nodiscard]] bool locked(std::int64_t now) const { return now < m_lockedUntil; }
    // Milliseconds until a PIN may be tried again; 0 when not locked.
    [[nodiscard]] std::int64_t remainingMs(std::int64_t now) const;
    // Whole minutes left, rounded up (what the staff member is told); 0 when not locked.
    [[nodiscard]] std::int64_t remainingMinutes(std::int64_t now) const;
    [[nodiscard]] int failures() const { return m_failures; }

    // A wrong PIN; the fifth in a row locks. Ignored while locked (no PIN is checked then).
    void recordFailure(std::int64_t now);
    void recordSuccess() { m_failures = 0; }

private:
    int m_failures = 0;
    std::int64_t m_lockedUntil = 0;
};

} // namespace helder::app
