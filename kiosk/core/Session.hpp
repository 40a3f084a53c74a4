#pragma once
// A visitor's session as a value: where they are, what they answered, what they see. It changes
// only through update() (Interview.hpp); nothing here touches a screen, a printer or a disk.

#include "core/Answer.hpp"
#include "core/Date.hpp"
#include "core/Validators.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace helder::core {

enum class Screen {
    Welcome,     // language grid
    ChooseForm,  // form cards
    BeforeStart, // papers at hand, number of questions, privacy promise
    Question,    // one question or one household overview per screen
    Review,      // check your answers
    Printing,    // progress
    PrintFault,  // "please ask a staff member", retry
    Done,        // "did your papers come out?", print again
};

// One place in the interview: a question (possibly of the n-th member of a repeating group), or
// the overview screen of a repeating group ("Who lives with you?").
struct Step {
    std::string questionId;              // empty for a group overview
    std::string groupId;                 // set inside any group, and for the overview
    std::optional<std::size_t> member;   // 0-based member of a repeating group

    bool isGroupOverview() const { return questionId.empty(); }
    friend bool operator==(const Step&, const Step&) = default;
};

enum class Dialog {
    None,
    ConfirmStartAgain,
    IdleWarning, // "Do you need more time?" with a countdown
};

enum class PrintState { Idle, Pending, Succeeded, Failed };

// How far a pending print job is, for the progress shown on the printing screen.
enum class PrintStage {
    Preparing, // the printout is being made, or an earlier job of the session is being looked up
    Printing,  // the printer has the job
};

struct Session {
    Screen screen = Screen::Welcome;
    Dialog dialog = Dialog::None;
    std::string interfaceLanguage; // buttons and messages
    std::string formLanguage;      // the form's texts: the interface language when the form has it

    std::string formId;
    std::string sessionCode; // short, random, printed on every page; never a name
    std::optional<Step> step;
    bool returnToReview = false; // a "Change" from the review screen comes back to it

    AnswerMap answers;                                    // top-level and plain-group questions
    std::map<std::string, MemberList, std::less<>> members; // repeating groups, by group id

    // The current question's input while it is being typed, and the problem its last check found.
    std::string draft;
    std::optional<ValidationProblem> problem;

    // Time, in milliseconds of a monotonic clock, as given by Tick actions.
    std::int64_t now = 0;
    std::int64_t lastActivity = 0;
    std::int64_t countdownEnds = 0;
    int extendsUsed = 0;
    Date today;

    PrintState print = PrintState::Idle;
    PrintStage printStage = PrintStage::Preparing;
    int printsDone = 0; // a reprint is marked COPY
    std::string printFault; // message key of the last fault
};

} // namespace helder::core
