#pragma once
// The kiosk never dies in front of a visitor (issue 15): an unexpected exception while handling an
// event or building a screen is caught at the loop, logged without personal data (where it
// happened and the exception's type, never its message, which may quote an answer), and the
// visitor sees "Something went wrong. Please ask a staff member." (ui::buildSomethingWentWrong)
// with the session's answers kept, so the worker can still go back or print.

#include "core/Action.hpp"
#include "core/Session.hpp"
#include "ui/Intent.hpp"

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace helder::app {

class FailSafe {
public:
    explicit FailSafe(std::ostream& log) : m_log(log) {}

    // Runs `step`; an exception is logged as "something went wrong <what>: <type>" and shows the
    // failure screen. Returns whether `step` finished.
    bool attempt(std::string_view what, const std::function<void()>& step);

    // attempt(), and when `step` fails `state` is put back as it was before: `step` may have moved
    // from it (ui::dispatch takes the state by value), and the visitor's answers must survive.
    template <class State>
    bool attemptKeeping(std::string_view what, State& state, const std::function<void()>& step)
    {
        State kept = state;
        if (attempt(what, step)) {
            return true;
        }
        state = std::move(kept);
        return false;
    }

    [[nodiscard]] bool failed() const { return m_failed; }

    // A tap on the failure screen: "Try again" clears the failure; "Back" and "Print my papers"
    // clear it and give the action to apply. Other ids are not the failure screen's.
    struct Recovery {
        bool handled = false;
        std::optional<core::Action> action;
    };
    Recovery recover(std::string_view widgetId);

private:
    std::ostream& m_log;
    bool m_failed = false;
};

// For the log: "question screen of form uitpas-kansentarief at question birth_date". Template ids
// only: never an answer.
std::string describeScreen(const core::Session& session);
// For the log: "action SetDraft", "screen setting CycleTextSize". The type only: never its values.
std::string describeIntent(const ui::Intent& intent);

} // namespace helder::app
