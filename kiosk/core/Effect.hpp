#pragma once
// What update() asks the outside world to do. The effect runner (kiosk/app) carries these out and
// feeds their results back as actions (PrintSucceeded, PrintFailed).

#include "core/Session.hpp"

#include <optional>
#include <string>
#include <variant>

namespace helder::core::effect {

// Fill the form and the review sheet from the session and print them as one job.
struct StartPrint { bool copy = false; };

// The session is over: cancel its unfinished print jobs (by session code, never by name).
struct CancelPrintJobs { std::string sessionCode; };

// Anonymous counts (DESIGN §7): no answer, no name, only where the visit ended.
enum class EndReason { Printed, StartedAgain, IdleTimeout };
struct SessionStarted { std::string formId; std::string language; };
struct SessionEnded {
    std::string formId;
    std::string language;
    EndReason reason;
    std::optional<std::string> lastQuestion; // where an unprinted session was abandoned
};
struct PrintFaulted { std::string formId; std::string faultKey; };

// "Do you need more time?" appeared: say it aloud too (DESIGN §2).
struct AnnounceIdleWarning {};

} // namespace helder::core::effect

namespace helder::core {

using Effect = std::variant<effect::StartPrint, effect::CancelPrintJobs, effect::SessionStarted,
    effect::SessionEnded, effect::PrintFaulted, effect::AnnounceIdleWarning>;

} // namespace helder::core
