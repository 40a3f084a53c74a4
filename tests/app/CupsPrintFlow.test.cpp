// The kiosk's print flow against a real private cupsd (PLATFORM.md §6): a visit printed through
// FormPrinter and the print worker, each printer fault provoked for real and shown with its own
// message, retries that never print twice, the wipe withdrawing the session's jobs.
#include "CupsJobs.hpp"
#include "KioskDriver.hpp"
#include "PrivateCupsd.hpp"

#include "printer/CupsPrinter.hpp"

#include "PdfTools.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <thread>

using namespace helder;
using helder::test::pdfText;
using core::Screen;
using test::KioskDriver;
using test::sharedCupsd;

namespace {

app::PrintSettings quickSettings()
{
    app::PrintSettings settings;
    settings.timeout = std::chrono::seconds(8);
    settings.pollInterval = std::chrono::milliseconds(100);
    return settings;
}

std::unique_ptr<printer::PrintOutput> queue(const std::string& name, const std::string& socket)
{
    return std::make_unique<printer::CupsPrinter>(name, socket);
}

// The answers of the model visitor: a name, the rest "I don't know", "no" or the first choice.
std::optional<std::string> modelAnswers(const std::string& questionId)
{
    if (questionId == "first_name") {
        return "Amina";
    }
    if (questionId == "last_name") {
        return "Peeters";
    }
    return std::nullopt;
}

void printVisit(KioskDriver& kiosk, const std::string& code)
{
    kiosk.fillIn("uitpas-kansentarief", code, modelAnswers);
    kiosk.act(core::action::Print{});
    REQUIRE(kiosk.session().screen == Screen::Printing);
    kiosk.awaitPrinter();
}

void startAgain(KioskDriver& kiosk)
{
    kiosk.act(core::action::AskStartAgain{});
    kiosk.act(core::action::ConfirmStartAgain{});
    REQUIRE(kiosk.session().screen == Screen::Welcome);
    kiosk.awaitIdleWorker();
}

// A queue that holds every job, as a printer that never gets to it would (lpadmin on an existing
// queue only sets its options again).
void ensureHeldQueue()
{
    const std::string device = "file://" + (sharedCupsd().root() / "out" / "kiosk_held.pdf").string();
    REQUIRE(sharedCupsd().run({"lpadmin", "-p", "kiosk_held", "-E", "-v", device, "-P",
                               test::fixture("cups/pdf-to-file.ppd").string(), "-o",
                               "job-hold-until-default=indefinite"})
            == 0);
}

struct Disabled {
    std::string queue;
    explicit Disabled(std::string name) : queue(std::move(name))
    {
        REQUIRE(sharedCupsd().run({"cupsdisable", queue}) == 0);
    }
    ~Disabled() { sharedCupsd().run({"cupsenable", queue}); }
    Disabled(const Disabled&) = delete;
    Disabled& operator=(const Disabled&) = delete;
};

} // namespace

TEST_CASE("a visit prints through CUPS as one job with the configured copies, duplex and A4")
{
    const std::string socket = sharedCupsd().socket();
    std::filesystem::remove(sharedCupsd().printed());
    app::PrintSettings settings = quickSettings();
    settings.copies = 2;
    settings.duplex = true;
    KioskDriver kiosk(queue("kiosk_copy", socket), settings);
    printVisit(kiosk, "PFCOPY");
    INFO(kiosk.log());
    REQUIRE(kiosk.session().screen == Screen::Done);

    const auto jobs = test::jobsTitled(socket, "kiosk_copy", "PFCOPY");
    REQUIRE(jobs.size() == 1);
    CHECK(jobs.front().state == IPP_JSTATE_COMPLETED);
    CHECK(jobs.front().copies == 2);
    CHECK(jobs.front().sides == "two-sided-long-edge");
    CHECK(jobs.front().media == "iso_a4_210x297mm");
    const std::string printed = pdfText(sharedCupsd().printed());
    CHECK(printed.find("Amina") != std::string::npos);
    CHECK(kiosk.log().find("Amina") == std::string::npos);

    // "Print again" is a second job, titled as a copy.
    kiosk.act(core::action::PrintAgain{});
    kiosk.awaitPrinter();
    CHECK(kiosk.session().screen == Screen::Done);
    CHECK(test::jobsTitled(socket, "kiosk_copy", "PFCOPY-copy").size() == 1);
    CHECK(test::jobsTitled(socket, "kiosk_copy", "PFCOPY").size() == 1);
}

TEST_CASE("out of paper: the visitor is sent to staff, a retry follows the waiting job, the wipe cancels it")
{
    const std::string socket = sharedCupsd().socket();
    KioskDriver kiosk(queue("kiosk_nopaper", socket), quickSettings());
    printVisit(kiosk, "PFPAPER");
    INFO(kiosk.log());
    REQUIRE(kiosk.session().screen == Screen::PrintFault);
    CHECK(kiosk.session().printFault == "print.fault_no_paper");

    kiosk.act(core::action::RetryPrint{});
    kiosk.awaitPrinter();
    CHECK(kiosk.session().screen == Screen::PrintFault);
    CHECK(kiosk.session().printFault == "print.fault_no_paper");
    auto jobs = test::jobsTitled(socket, "kiosk_nopaper", "PFPAPER");
    REQUIRE(jobs.size() == 1); // the retry did not submit a second job
    CHECK(kiosk.log().find("instead of printing again") != std::string::npos);

    startAgain(kiosk);
    jobs = test::jobsTitled(socket, "kiosk_nopaper", "PFPAPER");
    REQUIRE(jobs.size() == 1);
    CHECK(jobs.front().state == IPP_JSTATE_CANCELED);
}

TEST_CASE("a disabled queue: staff enable it, and the retry finds the job printed rather than printing it again")
{
    const std::string socket = sharedCupsd().socket();
    KioskDriver kiosk(queue("kiosk_copy", socket), quickSettings());
    {
        Disabled disabled("kiosk_copy");
        printVisit(kiosk, "PFDISABLED");
        INFO(kiosk.log());
        REQUIRE(kiosk.session().screen == Screen::PrintFault);
        CHECK(kiosk.session().printFault == "print.fault_offline");
    }
    kiosk.act(core::action::RetryPrint{});
    kiosk.awaitPrinter();
    INFO(kiosk.log());
    CHECK(kiosk.session().screen == Screen::Done);
    const auto jobs = test::jobsTitled(socket, "kiosk_copy", "PFDISABLED");
    REQUIRE(jobs.size() == 1);
    CHECK(jobs.front().state == IPP_JSTATE_COMPLETED);
}

TEST_CASE("an unwritable output stops the job; once repaired, a retry replaces it and prints once")
{
    const std::string socket = sharedCupsd().socket();
    KioskDriver kiosk(queue("kiosk_badpath", socket), quickSettings());
    printVisit(kiosk, "PFBADPATH");
    INFO(kiosk.log());
    REQUIRE(kiosk.session().screen == Screen::PrintFault);
    CHECK(kiosk.session().printFault == "print.fault_stopped");

    // Staff repair the output and restart the queue.
    const std::filesystem::path folder = sharedCupsd().root() / "missing";
    std::filesystem::create_directories(folder);
    std::filesystem::permissions(folder, std::filesystem::perms::all);
    REQUIRE(sharedCupsd().run({"cupsenable", "kiosk_badpath"}) == 0);
    kiosk.act(core::action::RetryPrint{});
    kiosk.awaitPrinter();
    CHECK(kiosk.session().screen == Screen::Done);
    const auto jobs = test::jobsTitled(socket, "kiosk_badpath", "PFBADPATH");
    CHECK(test::countIn(jobs, IPP_JSTATE_COMPLETED) == 1);
    CHECK(test::countIn(jobs, IPP_JSTATE_PENDING) + test::countIn(jobs, IPP_JSTATE_PROCESSING)
              + test::countIn(jobs, IPP_JSTATE_STOPPED)
          == 0);
    CHECK(pdfText(folder / "kiosk_badpath.pdf").find("Amina") != std::string::npos);
}

TEST_CASE("a job that does not finish in time: time-out, a retry that waits for the same job, the wipe cancels it")
{
    const std::string socket = sharedCupsd().socket();
    ensureHeldQueue();
    app::PrintSettings settings = quickSettings();
    settings.timeout = std::chrono::milliseconds(1500);
    KioskDriver kiosk(queue("kiosk_held", socket), settings);
    printVisit(kiosk, "PFHELD");
    INFO(kiosk.log());
    REQUIRE(kiosk.session().screen == Screen::PrintFault);
    CHECK(kiosk.session().printFault == "print.fault_timeout");

    kiosk.act(core::action::RetryPrint{});
    kiosk.awaitPrinter();
    CHECK(kiosk.session().printFault == "print.fault_timeout");
    auto jobs = test::jobsTitled(socket, "kiosk_held", "PFHELD");
    REQUIRE(jobs.size() == 1);
    CHECK(jobs.front().state == IPP_JSTATE_HELD);

    startAgain(kiosk);
    jobs = test::jobsTitled(socket, "kiosk_held", "PFHELD");
    REQUIRE(jobs.size() == 1);
    CHECK(jobs.front().state == IPP_JSTATE_CANCELED);
}

TEST_CASE("the idle time-out waits while a job is pending, on the kiosk's clock")
{
    const std::string socket = sharedCupsd().socket();
    app::PrintSettings settings = quickSettings();
    settings.timeout = std::chrono::seconds(3);
    ensureHeldQueue();
    KioskDriver kiosk(queue("kiosk_held", socket), settings);
    kiosk.context().settings.printTimeoutMs = 300'000;
    kiosk.fillIn("uitpas-kansentarief", "PFIDLE", modelAnswers);
    kiosk.act(core::action::Print{});
    // Two idle time-outs pass on the kiosk's clock while the worker still follows the held job.
    kiosk.elapse(90'000);
    kiosk.elapse(90'000);
    CHECK(kiosk.session().screen == Screen::Printing);
    CHECK(kiosk.session().dialog == core::Dialog::None);
    kiosk.awaitPrinter();
    INFO(kiosk.log());
    CHECK(kiosk.session().screen == Screen::PrintFault);
    kiosk.elapse(3'600'000);
    CHECK(kiosk.session().screen == Screen::PrintFault);
    CHECK(kiosk.session().dialog == core::Dialog::None);
    startAgain(kiosk);
    CHECK(test::countIn(test::jobsTitled(socket, "kiosk_held", "PFIDLE"), IPP_JSTATE_CANCELED) == 1);
}

TEST_CASE("the wipe during printing withdraws the job and nothing more is submitted")
{
    const std::string socket = sharedCupsd().socket();
    app::PrintSettings settings = quickSettings();
    settings.timeout = std::chrono::seconds(10);
    ensureHeldQueue();
    KioskDriver kiosk(queue("kiosk_held", socket), settings);
    kiosk.fillIn("uitpas-kansentarief", "PFWIPE", modelAnswers);
    kiosk.act(core::action::Print{});
    // Wait until the job is in CUPS, then start again while it is followed.
    for (int i = 0; i < 200 && test::jobsTitled(socket, "kiosk_held", "PFWIPE").empty(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    REQUIRE(kiosk.session().screen == Screen::Printing);
    startAgain(kiosk);
    const auto jobs = test::jobsTitled(socket, "kiosk_held", "PFWIPE");
    REQUIRE(jobs.size() == 1);
    CHECK(jobs.front().state == IPP_JSTATE_CANCELED);
}

TEST_CASE("a stopped cupsd sends the visitor to staff, and a retry says so again")
{
    test::PrivateCupsd own; // its own instance: the shared one keeps serving the other cases
    KioskDriver kiosk(queue("kiosk_copy", own.socket()), quickSettings());
    own.stop();
    printVisit(kiosk, "PFDOWN");
    INFO(kiosk.log());
    REQUIRE(kiosk.session().screen == Screen::PrintFault);
    CHECK(kiosk.session().printFault == "print.fault_offline");
    CHECK(kiosk.log().find("cups-unreachable") != std::string::npos);
    kiosk.act(core::action::RetryPrint{});
    kiosk.awaitPrinter();
    CHECK(kiosk.session().screen == Screen::PrintFault);
    CHECK(kiosk.session().printFault == "print.fault_offline");
}
