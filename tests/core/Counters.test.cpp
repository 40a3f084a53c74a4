// The anonymous daily counts: what each effect adds, the merge of small counts into "other",
// and that a day is handed out only once it is over.

#include "core/Counters.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using namespace helder;
using namespace helder::core;
using effect::EndReason;

namespace {

Date day(int d)
{
    return *Date::fromYmd(2026, 11, d);
}

std::vector<Effect> visit(const std::string& form, const std::string& language, EndReason reason,
                          std::optional<std::string> lastQuestion = std::nullopt)
{
    // formLanguage in SessionEnded may differ from the visitor's; the start's language counts.
    return {effect::SessionStarted{form, language}, effect::SessionEnded{form, "nl", reason, std::move(lastQuestion)}};
}

void repeat(Counters& counters, int times, const std::vector<Effect>& effects, Date when)
{
    for (int i = 0; i < times; ++i) {
        counters.count(effects, when);
    }
}

CountSeries series(std::string metric, std::vector<std::pair<std::string, std::string>> labels, std::int64_t value)
{
    return CountSeries{std::move(metric), std::move(labels), value};
}

} // namespace

TEST_CASE("a day's counts come out only after midnight, once")
{
    Counters counters(day(22));
    repeat(counters, 5, visit("uitpas", "ar", EndReason::Printed), day(22));
    CHECK_FALSE(counters.takeFinishedDay(day(22)));
    CHECK_FALSE(counters.lastReport());

    const auto report = counters.takeFinishedDay(day(23));
    REQUIRE(report);
    CHECK(report->day == day(22));
    CHECK(report->series
          == std::vector<CountSeries>{series("sessions_printed", {{"form", "uitpas"}, {"language", "ar"}}, 5),
                                      series("sessions_started", {{"form", "uitpas"}, {"language", "ar"}}, 5)});
    CHECK_FALSE(counters.takeFinishedDay(day(23)));
    REQUIRE(counters.lastReport());
    CHECK(counters.lastReport()->day == day(22));
}

TEST_CASE("a visit on a new day closes the previous day first")
{
    Counters counters(day(22));
    repeat(counters, 5, visit("uitpas", "nl", EndReason::Printed), day(22));
    repeat(counters, 7, visit("uitpas", "nl", EndReason::Printed), day(23));
    const auto report = counters.takeFinishedDay(day(23));
    REQUIRE(report);
    CHECK(report->day == day(22));
    REQUIRE(report->series.size() == 2);
    CHECK(report->series[0].value == 5);

    const auto next = counters.takeFinishedDay(day(24));
    REQUIRE(next);
    CHECK(next->series[0].value == 7);
}

TEST_CASE("abandoned visits are counted at their question, idle timeouts apart")
{
    Counters counters(day(22));
    repeat(counters, 5, visit("uitpas", "tr", EndReason::IdleTimeout, "nrn"), day(22));
    repeat(counters, 6, visit("uitpas", "tr", EndReason::StartedAgain, "street"), day(22));
    const auto report = counters.takeFinishedDay(day(23));
    REQUIRE(report);
    CHECK(report->series
          == std::vector<CountSeries>{
              series("idle_timeouts", {{"form", "uitpas"}, {"language", "tr"}}, 5),
              series("sessions_abandoned", {{"form", "uitpas"}, {"language", "tr"}, {"question", "nrn"}}, 5),
              series("sessions_abandoned", {{"form", "uitpas"}, {"language", "tr"}, {"question", "street"}}, 6),
              series("sessions_started", {{"form", "uitpas"}, {"language", "tr"}}, 11)});
}

TEST_CASE("counts under 5 lose their question first, then their language, then their form")
{
    const std::vector<CountSeries> merged = Counters::merge({
        series("sessions_abandoned", {{"form", "a"}, {"language", "nl"}, {"question", "q1"}}, 3),
        series("sessions_abandoned", {{"form", "a"}, {"language", "nl"}, {"question", "q2"}}, 2),
        series("sessions_abandoned", {{"form", "a"}, {"language", "nl"}, {"question", "q3"}}, 9),
        series("sessions_abandoned", {{"form", "a"}, {"language", "fr"}, {"question", "q1"}}, 1),
        series("sessions_abandoned", {{"form", "a"}, {"language", "ar"}, {"question", "q1"}}, 4),
        series("sessions_abandoned", {{"form", "b"}, {"language", "nl"}, {"question", "q1"}}, 1),
        series("sessions_started", {{"form", "b"}, {"language", "nl"}}, 1),
    });
    CHECK(merged
          == std::vector<CountSeries>{
              // q1 and q2 of a/nl together reach 5.
              series("sessions_abandoned", {{"form", "a"}, {"language", "nl"}, {"question", "other"}}, 5),
              series("sessions_abandoned", {{"form", "a"}, {"language", "nl"}, {"question", "q3"}}, 9),
              // a/fr and a/ar reach 5 once their language is dropped.
              series("sessions_abandoned", {{"form", "a"}, {"language", "other"}, {"question", "other"}}, 5),
              // b never does: nothing of it is left but "other".
              series("sessions_abandoned", {{"form", "other"}, {"language", "other"}, {"question", "other"}}, 1),
              series("sessions_started", {{"form", "other"}, {"language", "other"}}, 1),
          });
    for (const CountSeries& one : merged) {
        const bool allOther = std::ranges::all_of(one.labels, [](const auto& label) { return label.second == "other"; });
        CHECK((one.value >= Counters::smallestShown || allOther));
    }
}

TEST_CASE("printer faults count under the session's form and language")
{
    Counters counters(day(22));
    for (int i = 0; i < 5; ++i) {
        counters.count(std::vector<Effect>{effect::SessionStarted{"uitpas", "uk"}}, day(22));
        counters.count(std::vector<Effect>{effect::PrintFaulted{"uitpas", "print.fault"}}, day(22));
    }
    const auto report = counters.takeFinishedDay(day(23));
    REQUIRE(report);
    CHECK(report->series.front()
          == series("printer_faults", {{"form", "uitpas"}, {"language", "uk"}, {"fault", "print.fault"}}, 5));
}

TEST_CASE("staff read the last finished day as lines")
{
    Counters counters(day(22));
    repeat(counters, 5, visit("uitpas", "nl", EndReason::Printed), day(22));
    const auto report = counters.takeFinishedDay(day(23));
    REQUIRE(report);
    CHECK(describe(*report)
          == std::vector<std::string>{"sessions_printed form=uitpas language=nl: 5",
                                      "sessions_started form=uitpas language=nl: 5"});
}
