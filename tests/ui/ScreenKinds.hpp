#pragma once
// One visit standing on each kind of screen, for the checks that go over all of them.

#include "InputForms.hpp"

#include <string>
#include <utility>
#include <vector>

namespace helder::ui::test {

inline void goTo(Visit& visit, std::string_view questionId)
{
    while (visit.state.session.screen == core::Screen::Question && visit.question() != questionId) {
        const ScreenDescription screen = visit.screen();
        const bool moved = screen.has("nav/dont_know") ? visit.tap("nav/dont_know")
            : screen.has("answer/yes")                 ? visit.tap("answer/yes")
                                                       : visit.tap("nav/next");
        REQUIRE(moved);
    }
}

// Past every remaining question (and household overview) to the review screen.
inline void toReview(Visit& visit)
{
    while (visit.state.session.screen == core::Screen::Question) {
        const ScreenDescription screen = visit.screen();
        const bool moved = screen.has("nav/dont_know") ? visit.tap("nav/dont_know")
            : screen.has("answer/yes")                 ? visit.tap("answer/yes")
                                                       : visit.tap("nav/next");
        REQUIRE(moved);
    }
}

inline std::vector<std::pair<std::string, Visit>> screenKinds(const std::string& language)
{
    std::vector<std::pair<std::string, Visit>> kinds;
    Visit visit;
    kinds.emplace_back("welcome", visit);
    REQUIRE(visit.tap("lang/" + language));
    kinds.emplace_back("choose-form", visit);
    Visit picker = visit;
    REQUIRE(picker.tap("top/language"));
    kinds.emplace_back("language-picker", picker);
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    kinds.emplace_back("before-start", visit);
    REQUIRE(visit.tap("nav/start"));
    kinds.emplace_back("question-text", visit);
    Visit problem = visit;
    REQUIRE(problem.typeKeys("x"));
    REQUIRE(problem.tap("key/backspace"));
    REQUIRE(problem.tap("nav/next"));
    kinds.emplace_back("question-problem", problem);
    Visit help = visit;
    REQUIRE(help.tap("question/help"));
    kinds.emplace_back("help", help);
    Visit confirm = visit;
    REQUIRE(confirm.tap("top/start_again"));
    kinds.emplace_back("confirm-start-again", confirm);
    Visit idle = visit;
    idle.act(core::action::Tick{idle.state.session.lastActivity + 90'000, testDay()});
    kinds.emplace_back("idle-warning", idle);
    // Free text in the visitor's own script (the Ge'ez picker in ti), and a key's choices open.
    Visit own = atFreeText(language);
    kinds.emplace_back("question-own-script", own);
    for (const Widget& widget : own.screen().widgets) {
        if (widget.longPress || widget.id.starts_with("geez/consonant/")) {
            own.apply(longPress(widget.id, IntentContext{own.state.session, own.state.ui, {}}));
            kinds.emplace_back("key-choices", own);
            break;
        }
    }
    goTo(visit, "birth_date");
    kinds.emplace_back("question-date", visit);
    Visit months = visit;
    REQUIRE(months.tap("date/tab/month"));
    kinds.emplace_back("question-date-month", months);
    Visit years = visit;
    REQUIRE(years.tap("date/tab/year"));
    kinds.emplace_back("question-date-year", years);
    goTo(visit, "nrn");
    Visit nrn = visit;
    REQUIRE(nrn.typeKeys("85073003329"));
    kinds.emplace_back("question-nrn-check", nrn);
    goTo(visit, "status");
    kinds.emplace_back("question-choice", visit);
    REQUIRE(visit.tap("choice/living_wage"));
    goTo(visit, "lives_with_others");
    kinds.emplace_back("question-yes-no", visit);
    REQUIRE(visit.tap("answer/yes"));
    REQUIRE(visit.tap("member/add"));
    REQUIRE(visit.typeKeys("Youssef"));
    REQUIRE(visit.tap("nav/next"));
    while (visit.state.session.step && visit.state.session.step->member) {
        REQUIRE(visit.tap("nav/dont_know"));
    }
    kinds.emplace_back("household", visit);
    Visit remove = visit;
    REQUIRE(remove.tap("member/remove/0"));
    kinds.emplace_back("confirm-remove", remove);
    REQUIRE(visit.tap("nav/next"));
    toReview(visit);
    kinds.emplace_back("review", visit);
    REQUIRE(visit.tap("review/print"));
    kinds.emplace_back("printing", visit);
    Visit fault = visit;
    fault.act(core::action::PrintFailed{"print.fault"});
    kinds.emplace_back("print-fault", fault);
    visit.act(core::action::PrintSucceeded{});
    kinds.emplace_back("done", visit);
    return kinds;
}

} // namespace helder::ui::test
