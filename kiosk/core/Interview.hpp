#pragma once
// The interview engine: update(context, session, action) → the next session and its effects.
// Pure: no clock, no randomness, no I/O; time and printer results arrive as actions.

#include "core/Action.hpp"
#include "core/Effect.hpp"
#include "core/PostcodeTable.hpp"
#include "core/Session.hpp"
#include "core/Template.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace helder::core {

struct InterviewSettings {
    std::int64_t idleTimeoutMs = 90'000;   // no touch for this long: "Do you need more time?"
    std::int64_t countdownMs = 30'000;     // then the wipe (DESIGN §2: at least 20 s)
    int maxExtends = 20;                   // DESIGN §2: at least 10
    std::int64_t doneTimeoutMs = 60'000;   // "Print again" stays this long
    std::int64_t printTimeoutMs = 180'000; // idle suspended at most this long while a job is pending
};

struct InterviewContext {
    std::span<const Template> forms; // the forms offered today
    InterviewSettings settings;
    const PostcodeTable* postcodes = nullptr;
    // The config's worker_language: the review sheet's worker side is in this language; empty:
    // the form's official language (DESIGN §3). Read by the print path, not by update().
    std::string workerLanguage;
};

struct Update {
    Session session;
    std::vector<Effect> effects;
};

Update update(const InterviewContext& context, Session session, const Action& action);

// The form a session is filling, or nullptr on the welcome and form-choice screens.
const Template* activeForm(const InterviewContext& context, const Session& session);

} // namespace helder::core
