#pragma once
// When the kiosk must wake up next with nobody touching it: the idle warning, each second of its
// countdown, the end of "Print again", the next language of the welcome title. Between these it
// sleeps (PLATFORM.md §3): no redraw and no wake-up while nothing moves.

#include "core/Interview.hpp"
#include "core/Session.hpp"
#include "ui/Screens.hpp"

#include <cstdint>
#include <optional>

namespace helder::app {

// The monotonic time (ms) of the next tick that can change the screen; nullopt: none.
std::optional<std::int64_t> nextWake(const core::Session& session, const core::InterviewSettings& settings);

} // namespace helder::app
