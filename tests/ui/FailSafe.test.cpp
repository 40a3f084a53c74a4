// "Something went wrong" (issue 15): a failing screen builder or action, injected, is caught;
// the log says where without personal data; the visitor's answers are kept; the failure screen
// lets the worker go back or print.

#include "app/FailSafe.hpp"
#include "ui/StaffScreens.hpp"

#include "ScreenKinds.hpp"

#include <sstream>
#include <stdexcept>

using namespace helder;
using helder::ui::test::Visit;
using helder::ui::test::World;

namespace {

// A value that must never reach the log: the kind of thing a visitor types.
constexpr const char* marker = "Youssef El Amrani 85.07.30-033.61";

Visit onQuestion()
{
    for (auto& [name, visit] : ui::test::screenKinds("nl")) {
        if (name == "question-date") {
            return visit;
        }
    }
    FAIL("no question-date screen");
    return {};
}

} // namespace

TEST_CASE("a screen builder that throws is caught and logged without personal data")
{
    std::ostringstream log;
    app::FailSafe failSafe(log);
    Visit visit = onQuestion();
    const bool built = failSafe.attempt("drawing the " + app::describeScreen(visit.state.session),
                                        [] { throw std::runtime_error(marker); });
    CHECK_FALSE(built);
    CHECK(failSafe.failed());
    CHECK(log.str().find(marker) == std::string::npos);
    CHECK(log.str().find("question screen of form uitpas-kansentarief at question birth_date") != std::string::npos);
    CHECK(log.str().find("std::runtime_error") != std::string::npos);

    std::ostringstream quiet;
    app::FailSafe fine(quiet);
    CHECK(fine.attempt("drawing", [] {}));
    CHECK_FALSE(fine.failed());
    CHECK(quiet.str().empty());

    app::FailSafe odd(log);
    CHECK_FALSE(odd.attempt("drawing", [] { throw 42; }));
    CHECK(odd.failed());
}

TEST_CASE("an action that throws halfway leaves the visitor's answers as they were")
{
    std::ostringstream log;
    app::FailSafe failSafe(log);
    Visit visit = onQuestion();
    REQUIRE(visit.state.session.answers.contains("first_name"));
    const core::Session before = visit.state.session;
    const ui::Intent intent{core::action::SetDraft{marker}, std::nullopt};
    const bool done = failSafe.attemptKeeping(app::describeIntent(intent), visit.state, [&] {
        // As KioskApp does: the state is moved into dispatch, then something fails.
        ui::Dispatched result = ui::dispatch(World::get().context, std::move(visit.state), intent);
        visit.state = std::move(result.state);
        throw std::logic_error(marker);
    });
    CHECK_FALSE(done);
    CHECK(visit.state.session.answers.size() == before.answers.size());
    CHECK(visit.state.session.answers.at("first_name").typed == before.answers.at("first_name").typed);
    CHECK(visit.state.session.draft == before.draft);
    CHECK(visit.state.session.step == before.step);
    CHECK(log.str().find("action SetDraft") != std::string::npos);
    CHECK(log.str().find(marker) == std::string::npos);
}

TEST_CASE("the failure screen: translated, and the visit can go back or print")
{
    World& world = World::get();
    for (auto& [name, visit] : ui::test::screenKinds("nl")) {
        if (name != "question-date" && name != "review") {
            continue;
        }
        const ui::ScreenInput input{visit.state.session, world.context, world.catalog, world.locales.languages,
                                    visit.state.ui, 1280.0F, 800.0F, true};
        const ui::ScreenDescription screen = ui::buildSomethingWentWrong(*world.engine, input);
        REQUIRE(screen.has("failure/message"));
        CHECK(screen.find("failure/message")->texts.front().layout.lines.size() >= 1);
        CHECK(screen.has("failure/retry"));
        CHECK(screen.has("failure/back") == (name == "question-date"));
        CHECK(screen.has("failure/print") == (name == "review"));

        std::ostringstream log;
        app::FailSafe failSafe(log);
        failSafe.attempt("drawing", [] { throw std::runtime_error("x"); });
        const std::string id = name == "review" ? "failure/print" : "failure/back";
        const app::FailSafe::Recovery recovery = failSafe.recover(id);
        CHECK(recovery.handled);
        CHECK_FALSE(failSafe.failed());
        REQUIRE(recovery.action);
        Visit after = visit;
        after.act(*recovery.action);
        if (name == "review") {
            // The answers were kept: printing goes ahead with them.
            CHECK(after.state.session.screen == core::Screen::Printing);
            CHECK(after.effects.size() > visit.effects.size());
        } else {
            CHECK(after.state.session.step != visit.state.session.step);
        }
    }
    std::ostringstream log;
    app::FailSafe failSafe(log);
    failSafe.attempt("drawing", [] { throw std::runtime_error("x"); });
    CHECK_FALSE(failSafe.recover("nav/next").handled);
    CHECK(failSafe.failed());
    CHECK(failSafe.recover("failure/retry").handled);
    CHECK_FALSE(failSafe.failed());
}
