#pragma once
// Carries out what update() asks of the outside world and turns the results into actions
// (STYLE.md: IO happens in effects, their results come back as actions).

#include "core/Action.hpp"
#include "core/Effect.hpp"
#include "core/Session.hpp"

#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace helder::app {

// Starts printing the session's form and review sheet. The result (PrintSucceeded or PrintFailed)
// comes back later through the print worker (PrintJobTracker), or at once when printing cannot start.
using PrintJob = std::function<std::optional<core::Action>(const core::Session& session, bool copy)>;
// Cancels the unfinished print jobs of a session, by its code.
using CancelJobs = std::function<void(const std::string& sessionCode)>;
// Says "Do you need more time?" aloud (read-aloud's player).
using AnnounceIdle = std::function<void(const core::Session& session)>;

class EffectRunner {
public:
    EffectRunner(PrintJob print, CancelJobs cancel, std::ostream& log)
        : m_print(std::move(print)), m_cancel(std::move(cancel)), m_log(log)
    {
    }

    void onIdleWarning(AnnounceIdle announce) { m_announce = std::move(announce); }

    // The actions the effects' results give, to be dispatched in order.
    std::vector<core::Action> run(std::span<const core::Effect> effects, const core::Session& session);

private:
    PrintJob m_print;
    CancelJobs m_cancel;
    AnnounceIdle m_announce;
    std::ostream& m_log;
};

} // namespace helder::app
