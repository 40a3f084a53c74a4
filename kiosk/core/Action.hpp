#pragma once
// Everything that can happen to a session: a visitor's tap, a clock tick, a printer's answer.
// The screens map events to these; update() (Interview.hpp) is the only place they take effect.

#include "core/Date.hpp"
#include "core/Session.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

namespace helder::core::action {

// Time passes: `now` in milliseconds of a monotonic clock, `today` the local calendar day.
struct Tick { std::int64_t now = 0; Date today; };

struct ChooseLanguage { std::string language; };      // welcome grid, or the language button anywhere
struct ChooseForm { std::string formId; std::string sessionCode; };
struct ChooseFormLanguage { std::string language; }; // for a form without the interface language
struct BeginQuestions {};

struct SetDraft { std::string text; };    // the text being typed (or picked, for dates)
struct ChooseOption { std::string id; };  // a choice card, or "yes"/"no"; toggles for multiple choice
struct Next {};                          // check the current answer and go on
struct KeepAsTyped {};                   // after a failed check: keep it, the worker will see why
struct DontKnow {};
struct Back {};

struct AddMember {};                       // on a repeating group's overview
struct EditMember { std::size_t member = 0; };
struct RemoveMember { std::size_t member = 0; };

struct ChangeAnswer { Step step; };        // "Change" on the review screen
struct Print {};
struct PrintProgressed { PrintStage stage; }; // the printer's news, not a visitor's touch
struct PrintSucceeded {};
struct PrintFailed { std::string faultKey; }; // catalog key of what went wrong
struct RetryPrint {};
struct PrintAgain {};
struct Finish {};                          // "yes, my papers came out"

struct AskStartAgain {};
struct ConfirmStartAgain {};
struct CloseDialog {};
struct ExtendTime {};                      // "Yes, I need more time"

} // namespace helder::core::action

namespace helder::core {

using Action = std::variant<action::Tick, action::ChooseLanguage, action::ChooseForm,
    action::ChooseFormLanguage, action::BeginQuestions, action::SetDraft, action::ChooseOption,
    action::Next, action::KeepAsTyped, action::DontKnow, action::Back, action::AddMember,
    action::EditMember, action::RemoveMember, action::ChangeAnswer, action::Print,
    action::PrintProgressed, action::PrintSucceeded, action::PrintFailed, action::RetryPrint, action::PrintAgain,
    action::Finish, action::AskStartAgain, action::ConfirmStartAgain, action::CloseDialog,
    action::ExtendTime>;

} // namespace helder::core
