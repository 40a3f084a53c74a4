#pragma once
// What a scripted visitor needs from a kiosk: the session it sees, a way to act on it, time that
// passes, and the printer's news. HeadlessKiosk is the kiosk's engine without a window; the kiosk
// soak (tests/soak/KioskSoak.cpp) puts the real KioskApp behind it.

#include "core/Action.hpp"
#include "core/Interview.hpp"
#include "core/Session.hpp"

#include <chrono>
#include <cstdint>

namespace helder::test {

class VisitTarget {
public:
    VisitTarget() = default;
    VisitTarget(const VisitTarget&) = delete;
    VisitTarget& operator=(const VisitTarget&) = delete;
    virtual ~VisitTarget() = default;

    // Through core::update() and the kiosk's effects, whose resulting actions follow.
    virtual void act(const core::Action& action) = 0;
    // Nobody touches the screen for this long: the kiosk's timers fire as they would.
    virtual void elapse(std::int64_t milliseconds) = 0;
    // Collects the print worker's news until the session leaves the printing screen; false when
    // `patience` passed first.
    virtual bool awaitPrinter(std::chrono::milliseconds patience) = 0;
    // Until the print worker has nothing left to do (a cancel carried out, say); false on timeout.
    virtual bool awaitIdleWorker(std::chrono::milliseconds patience) = 0;

    [[nodiscard]] virtual const core::Session& session() const = 0;
    [[nodiscard]] virtual const core::InterviewContext& context() const = 0;
};

} // namespace helder::test
