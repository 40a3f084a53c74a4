// The print effect: a visit's answers filled into the official PDF, which lands in the spool
// folder holding the typed values; the print worker reporting back; the printing and fault screens.

#include "PdfTools.hpp"
#include "ScreenKinds.hpp"

#include "app/FormPrinter.hpp"
#include "app/PrintJobTracker.hpp"
#include "printer/SpoolFolder.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <thread>

using namespace helder;
using helder::test::pdfText;
using helder::ui::test::Visit;

namespace {

Visit atReview()
{
    Visit visit;
    REQUIRE(visit.tap("lang/nl"));
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    REQUIRE(visit.tap("nav/start"));
    REQUIRE(visit.typeKeys("Amina"));
    REQUIRE(visit.tap("nav/next"));
    REQUIRE(visit.typeKeys("Peeters"));
    REQUIRE(visit.tap("nav/next"));
    ui::test::toReview(visit);
    REQUIRE(visit.state.session.screen == core::Screen::Review);
    return visit;
}

struct Spool {
    std::filesystem::path folder;
    explicit Spool(const std::string& name) : folder(std::filesystem::temp_directory_path() / name)
    {
        std::filesystem::remove_all(folder);
    }
    ~Spool() { std::filesystem::remove_all(folder); }
    Spool(const Spool&) = delete;
    Spool& operator=(const Spool&) = delete;

    app::FormPrinter printer() const
    {
        auto spool = printer::SpoolFolder::openAt(folder);
        REQUIRE(spool);
        auto filler = printer::FormFiller::create();
        REQUIRE(filler);
        return app::FormPrinter(std::move(*filler), std::make_unique<printer::SpoolFolder>(std::move(*spool)),
                                app::PrintSettings{}, ui::test::World::get().context,
                                ui::test::World::get().catalog);
    }

    [[nodiscard]] std::vector<std::filesystem::path> pdfs() const
    {
        std::vector<std::filesystem::path> found;
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            found.push_back(entry.path());
        }
        return found;
    }
};

std::string shownText(const Visit& visit, std::string_view id)
{
    const ui::ScreenDescription screen = visit.screen();
    const ui::Widget* widget = screen.find(id);
    if (!widget || widget->texts.empty()) {
        return {};
    }
    return widget->texts.front().layout.text;
}

} // namespace

TEST_CASE("printing fills the official form with the typed answers and puts it in the spool folder")
{
    Visit visit = atReview();
    const Spool spool("helder-ui-test-spool");
    app::FormPrinter printer = spool.printer();
    std::ostringstream log;
    const app::PrintListener listener{{}, [&](const std::string& line) { log << line << '\n'; }, {}};
    const auto result = printer.print(visit.state.session, false, listener);
    INFO(log.str());
    REQUIRE(result);
    REQUIRE(std::holds_alternative<core::action::PrintSucceeded>(*result));

    const auto pdfs = spool.pdfs();
    REQUIRE(pdfs.size() == 1);
    CHECK(pdfs.front().filename().string().starts_with("TEST42"));
    const std::string text = pdfText(pdfs.front());
    CHECK(text.find("Amina") != std::string::npos);
    CHECK(text.find("Peeters") != std::string::npos);
    CHECK(log.str().find("Amina") == std::string::npos); // nothing personal in the log
}

TEST_CASE("the print worker prints off the UI thread and its news brings the visit to the done screen")
{
    Visit visit = atReview();
    const Spool spool("helder-ui-test-worker");
    app::FormPrinter printer = spool.printer();
    app::PrintJobTracker jobs(printer);
    REQUIRE(visit.tap("review/print"));
    REQUIRE(visit.state.session.screen == core::Screen::Printing);

    // The tap returned at once; the worker's news arrives later and goes through update().
    jobs.print(visit.state.session, false);
    std::vector<std::string> order;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (visit.state.session.screen == core::Screen::Printing && std::chrono::steady_clock::now() < deadline) {
        for (app::PrintJobTracker::News& news : jobs.collect()) {
            CHECK(news.sessionCode == visit.state.session.sessionCode);
            CHECK(news.logLine.find("Amina") == std::string::npos);
            if (news.action) {
                order.push_back(std::holds_alternative<core::action::PrintProgressed>(*news.action) ? "progress"
                                                                                                     : "outcome");
                visit.act(*news.action);
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK(order == std::vector<std::string>{"progress", "outcome"});
    CHECK(visit.state.session.screen == core::Screen::Done);
    CHECK(spool.pdfs().size() == 1);
    CHECK_FALSE(jobs.busy());
}

TEST_CASE("the printing screen shows how far the job is")
{
    Visit visit = atReview();
    REQUIRE(visit.tap("review/print"));
    CHECK(shownText(visit, "print/preparing") == ui::test::World::get().catalog.format("nl", "print.preparing"));
    CHECK_FALSE(visit.screen().find("print/printing"));
    visit.act(core::action::PrintProgressed{core::PrintStage::Printing});
    CHECK(shownText(visit, "print/printing") == ui::test::World::get().catalog.format("nl", "print.printing"));
}

TEST_CASE("a printer fault says what is wrong in the visitor's language, asks for staff, and offers a retry")
{
    Visit visit = atReview();
    REQUIRE(visit.tap("review/print"));
    visit.act(core::action::PrintFailed{app::FormPrinter::faultKey("media-empty")});
    REQUIRE(visit.state.session.screen == core::Screen::PrintFault);
    const std::string shown = shownText(visit, "print/fault");
    CHECK(shown == ui::test::World::get().catalog.format("nl", "print.fault_no_paper"));
    CHECK(shown.find("medewerker") != std::string::npos);
    REQUIRE(visit.tap("print/retry"));
    CHECK(visit.state.session.screen == core::Screen::Printing);
}

TEST_CASE("every print output fault has its own translated message")
{
    for (const char* code : {"media-empty", "cups-unreachable", "queue-missing", "queue-disabled", "queue-rejecting",
                             "job-stopped", "write-failed", "timeout", "ipp-error", "job-missing"}) {
        const std::string key = app::FormPrinter::faultKey(code);
        INFO(code << " → " << key);
        CHECK(key.starts_with("print.fault"));
        for (const char* language : {"nl", "ar", "ti"}) {
            CHECK(ui::test::World::get().catalog.has(language, key));
        }
    }
    CHECK(app::FormPrinter::faultKey("media-empty") != app::FormPrinter::faultKey("timeout"));
}
