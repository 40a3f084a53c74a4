#include "app/Timers.hpp"

namespace helder::app {

std::optional<std::int64_t> nextWake(const core::Session& session, const core::InterviewSettings& settings)
{
    const std::int64_t now = session.now;
    switch (session.screen) {
    case core::Screen::Welcome: return (now / ui::titleCycleMs + 1) * ui::titleCycleMs;
    case core::Screen::PrintFault: return std::nullopt; // waits for a staff member
    case core::Screen::Done: return session.lastActivity + settings.doneTimeoutMs;
    case core::Screen::Printing:
        if (session.print == core::PrintState::Pending) {
            return session.lastActivity + settings.printTimeoutMs;
        }
        break;
    default: break;
    }
    if (session.dialog == core::Dialog::IdleWarning) {
        const std::int64_t left = session.countdownEnds - now;
        if (left <= 0) {
            return now;
        }
        // The moment the shown number of seconds changes.
        return now + ((left - 1) % 1000) + 1;
    }
    return session.lastActivity + settings.idleTimeoutMs;
}

} // namespace helder::app
