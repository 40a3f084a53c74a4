// The print part of the visit as update() sees it: progress, the printer's answers, the idle
// time-out suspended while a job is pending or a fault waits for staff, all on an injected clock.
#include "InterviewFixture.hpp"

#include <algorithm>

using namespace helder;
using core::Screen;
using test::Visitor;

namespace {

constexpr std::int64_t printTimeoutMs = 40'000;

// At the review screen with a short print time-out, so the clock can pass it.
Visitor atReview()
{
    Visitor v({test::rentSupportForm()});
    v.context().settings.printTimeoutMs = printTimeoutMs;
    v.start("nl").type("Amina Benali").choose("no").type("85031412302").type("1.200,00");
    v.act(core::action::AddMember{}).type("Yusuf Benali").choose("no");
    v.act(core::action::Next{}).choose("work");
    REQUIRE(v.session().screen == Screen::Review);
    return v;
}

int startedPrints(const Visitor& v)
{
    return static_cast<int>(std::ranges::count_if(v.effects(), [](const core::Effect& e) {
        return std::holds_alternative<core::effect::StartPrint>(e);
    }));
}

} // namespace

TEST_CASE("printing shows its progress, and progress is not a touch")
{
    Visitor v = atReview();
    v.act(core::action::Print{});
    CHECK(v.session().printStage == core::PrintStage::Preparing);
    const std::int64_t touched = v.session().lastActivity;
    v.elapse(5'000).act(core::action::PrintProgressed{core::PrintStage::Printing});
    CHECK(v.session().printStage == core::PrintStage::Printing);
    CHECK(v.session().lastActivity == touched);
    CHECK(startedPrints(v) == 1);

    // A retry starts again from "preparing": an earlier job is looked up first.
    v.act(core::action::PrintFailed{"print.fault_no_paper"});
    CHECK(v.session().printFault == "print.fault_no_paper");
    v.act(core::action::RetryPrint{});
    CHECK(v.session().printStage == core::PrintStage::Preparing);
}

TEST_CASE("progress after the job's end changes nothing")
{
    Visitor v = atReview();
    v.act(core::action::Print{}).act(core::action::PrintSucceeded{});
    REQUIRE(v.session().screen == Screen::Done);
    v.act(core::action::PrintProgressed{core::PrintStage::Printing});
    CHECK(v.session().screen == Screen::Done);
    CHECK(v.session().printStage == core::PrintStage::Preparing);
}

TEST_CASE("the idle time-out is suspended while a job is pending, up to the print time-out")
{
    Visitor v = atReview();
    v.act(core::action::Print{});
    // Far past the idle time-out (90 s) would be, were it not suspended.
    v.elapse(printTimeoutMs - 1);
    CHECK(v.session().dialog == core::Dialog::None);
    CHECK(v.session().screen == Screen::Printing);
    // Progress arriving late does not extend the suspension.
    v.act(core::action::PrintProgressed{core::PrintStage::Printing});
    v.elapse(1);
    // Past the print time-out the ordinary idle rule applies, counted from the last touch: 40 s are
    // not yet 90 s …
    CHECK(v.session().dialog == core::Dialog::None);
    v.elapse(90'000);
    // … 130 s are, and the visitor is asked whether they need more time.
    CHECK(v.session().dialog == core::Dialog::IdleWarning);
}

TEST_CASE("the printer's answer closes a late idle warning and is not lost")
{
    Visitor v = atReview();
    v.act(core::action::Print{});
    v.elapse(printTimeoutMs + 90'000);
    REQUIRE(v.session().dialog == core::Dialog::IdleWarning);
    v.act(core::action::PrintFailed{"print.fault_timeout"});
    CHECK(v.session().screen == Screen::PrintFault);
    CHECK(v.session().dialog == core::Dialog::None);
    // A fault waits for staff for as long as it takes.
    v.elapse(3'600'000);
    CHECK(v.session().screen == Screen::PrintFault);
    CHECK(v.session().dialog == core::Dialog::None);
    CHECK_FALSE(v.session().members.empty());
}

TEST_CASE("a success that comes during a late idle warning reaches the done screen")
{
    Visitor v = atReview();
    v.act(core::action::Print{});
    v.elapse(printTimeoutMs + 90'000);
    REQUIRE(v.session().dialog == core::Dialog::IdleWarning);
    v.act(core::action::PrintSucceeded{});
    CHECK(v.session().screen == Screen::Done);
    CHECK(v.session().dialog == core::Dialog::None);
    CHECK(v.session().printsDone == 1);
}

TEST_CASE("the wipe of a printing session cancels its jobs, and a late answer is ignored")
{
    Visitor v = atReview();
    v.act(core::action::Print{});
    v.elapse(printTimeoutMs + 90'000);
    v.elapse(30'000); // the countdown runs out
    REQUIRE(v.session().screen == Screen::Welcome);
    const auto& last = v.effects();
    CHECK(std::ranges::any_of(last, [](const core::Effect& e) {
        const auto* cancel = std::get_if<core::effect::CancelPrintJobs>(&e);
        return cancel && cancel->sessionCode == "K7Q4";
    }));
    v.act(core::action::PrintSucceeded{});
    CHECK(v.session().screen == Screen::Welcome);
    CHECK(v.session().printsDone == 0);
}

TEST_CASE("a retry after a fault prints the original, a print again after success a copy")
{
    Visitor v = atReview();
    v.act(core::action::Print{}).act(core::action::PrintFailed{"print.fault_offline"});
    v.act(core::action::RetryPrint{});
    CHECK_FALSE(std::get<core::effect::StartPrint>(v.effects().back()).copy);
    v.act(core::action::PrintSucceeded{}).act(core::action::PrintAgain{});
    CHECK(std::get<core::effect::StartPrint>(v.effects().back()).copy);
    v.act(core::action::PrintFailed{"print.fault_no_paper"}).act(core::action::RetryPrint{});
    CHECK(std::get<core::effect::StartPrint>(v.effects().back()).copy);
    CHECK(startedPrints(v) == 4);
}
