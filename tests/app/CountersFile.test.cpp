// Scripted visits through the kiosk's code, their day's counts written as the Prometheus textfile
// and read back with prometheus_client's parser (what node_exporter's format is checked against).

#include "KioskRun.hpp"
#include "ScreenKinds.hpp"

#include "app/CountersFile.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <set>

using namespace helder;

namespace {

const std::string form = "uitpas-kansentarief";

// Every sample of the file, as the parser sees it, one sorted line each.
std::set<std::string> parsed(const std::filesystem::path& file)
{
    const std::string command =
        "/usr/bin/python3 '" + (helder::test::sourceDir() / "tests/app/parse_counters.py").string() + "' '"
        + file.string() + "'";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::string text;
    char buffer[4096];
    std::size_t read = 0;
    while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        text.append(buffer, read);
    }
    REQUIRE_MESSAGE(pclose(pipe) == 0, "the parser rejected the file (python3-prometheus-client installed?)");
    std::set<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.insert(line);
    }
    return lines;
}

void start(app::test::KioskRun& kiosk, const std::string& language)
{
    kiosk.nextVisitor();
    REQUIRE(kiosk.tap("lang/" + language));
    REQUIRE(kiosk.tap("form/" + form));
}

// No touch until the idle warning's countdown has run out.
void walkAway(app::test::KioskRun& kiosk)
{
    const std::int64_t now = kiosk.visit.state.session.now;
    kiosk.act(core::action::Tick{now + 90'001, ui::test::testDay()});
    REQUIRE(kiosk.visit.state.session.dialog == core::Dialog::IdleWarning);
    kiosk.act(core::action::Tick{now + 90'001 + 30'001, ui::test::testDay()});
    REQUIRE(kiosk.visit.state.session.screen == core::Screen::Welcome);
}

} // namespace

TEST_CASE("a day of scripted visits, written as a textfile, reads back with the small counts merged")
{
    const auto spool = std::filesystem::temp_directory_path() / "helder-app-test-counters-spool";
    app::test::KioskRun kiosk(spool);

    // 6 in Dutch walk away at the first question.
    for (int i = 0; i < 6; ++i) {
        start(kiosk, "nl");
        REQUIRE(kiosk.tap("nav/start"));
        walkAway(kiosk);
    }
    // 5 in Dutch print; the first meets a printer fault and retries.
    for (int i = 0; i < 5; ++i) {
        start(kiosk, "nl");
        REQUIRE(kiosk.tap("nav/start"));
        ui::test::toReview(kiosk.visit);
        kiosk.settle();
        kiosk.failNextPrint = i == 0;
        REQUIRE(kiosk.tap("review/print"));
        if (i == 0) {
            REQUIRE(kiosk.visit.state.session.screen == core::Screen::PrintFault);
            kiosk.act(core::action::RetryPrint{});
        }
        REQUIRE(kiosk.visit.state.session.screen == core::Screen::Done);
        kiosk.act(core::action::Finish{});
    }
    // 3 in Dutch start again at the second question; 2 in French walk away before the first.
    for (int i = 0; i < 3; ++i) {
        start(kiosk, "nl");
        REQUIRE(kiosk.tap("nav/start"));
        REQUIRE(kiosk.visit.typeKeys("Ann"));
        REQUIRE(kiosk.tap("nav/next"));
        REQUIRE(kiosk.visit.question() == "last_name");
        kiosk.act(core::action::AskStartAgain{});
        kiosk.act(core::action::ConfirmStartAgain{});
    }
    for (int i = 0; i < 2; ++i) {
        start(kiosk, "fr");
        walkAway(kiosk);
    }
    kiosk.nextVisitor();

    CHECK_FALSE(kiosk.counters().takeFinishedDay(ui::test::testDay()));
    const auto report = kiosk.counters().takeFinishedDay(*ui::test::testDay().addDays(1));
    REQUIRE(report);
    const auto file = std::filesystem::temp_directory_path() / "helder-app-test-counters.prom";
    std::filesystem::remove(file);
    const app::CountersFile counters(file);
    const auto written = counters.write(*report);
    REQUIRE_MESSAGE(written, (written ? std::string() : written.error()));
    CHECK_FALSE(std::filesystem::exists(file.string() + ".tmp"));
    struct stat info{};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0644); // node_exporter runs as another user

    const std::string d = "day=2026-11-23";
    const std::string nl = d + ",form=" + form + ",language=nl";
    const std::string others = d + ",form=other,language=other";
    CHECK(parsed(file)
          == std::set<std::string>{
              "helder_counters_day{" + d + "} 1",
              "helder_sessions_started{" + nl + "} 14",
              "helder_sessions_started{" + others + "} 2",
              "helder_sessions_printed{" + nl + "} 5",
              "helder_sessions_abandoned{" + nl + ",question=first_name} 6",
              // 3 at last_name (nl) and 2 before the first question (fr): 5 once only the form is left.
              "helder_sessions_abandoned{" + d + ",form=" + form + ",language=other,question=other} 5",
              "helder_idle_timeouts{" + nl + "} 6",
              "helder_idle_timeouts{" + others + "} 2",
              "helder_printer_faults{" + d + ",fault=other,form=other,language=other} 1",
          });
    std::filesystem::remove(file);
    std::filesystem::remove_all(spool);
}

TEST_CASE("a counters file that cannot be written is an error naming it")
{
    const auto folder = std::filesystem::temp_directory_path() / "helder-app-test-counters-missing";
    std::filesystem::remove_all(folder);
    const app::CountersFile counters(folder / "helder.prom");
    const auto written = counters.write(core::CountReport{ui::test::testDay(), {}});
    REQUIRE_FALSE(written);
    CHECK(written.error().find((folder / "helder.prom.tmp").string()) != std::string::npos);
}

TEST_CASE("label values are escaped as the text format asks")
{
    const core::CountReport report{ui::test::testDay(),
                                   {core::CountSeries{"sessions_started", {{"form", "a\"b\\c"}, {"language", "nl"}}, 5}}};
    const std::string text = app::CountersFile::format(report);
    CHECK(text.find("helder_sessions_started{day=\"2026-11-23\",form=\"a\\\"b\\\\c\",language=\"nl\"} 5\n")
          != std::string::npos);
}
