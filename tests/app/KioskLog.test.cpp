// The kiosk's log holds session codes, form ids and outcomes, never what a visitor typed
// (DESIGN §7): a visit with a unique marker in the answers, printed through the kiosk's own
// effect runner and printer, leaves the marker in the printout and nowhere in the log.

#include "PdfTools.hpp"
#include "KioskRun.hpp"
#include "ScreenKinds.hpp"

#include <cstdio>
#include <random>

using namespace helder;
using helder::test::pdfText;

namespace {

// Letters only, so it is typed on the on-screen keyboard like a name.
std::string uniqueMarker()
{
    std::random_device random;
    std::uniform_int_distribution<int> letter('a', 'z');
    std::string marker = "Qx";
    for (int i = 0; i < 10; ++i) {
        marker += static_cast<char>(letter(random));
    }
    return marker;
}

} // namespace

TEST_CASE("a printed visit leaves its answers in the printout and none in the log")
{
    const std::string marker = uniqueMarker();
    const std::string surname = marker + "son";
    const auto spool = std::filesystem::temp_directory_path() / "helder-app-test-log-spool";
    app::test::KioskRun kiosk(spool);

    REQUIRE(kiosk.tap("lang/nl"));
    REQUIRE(kiosk.tap("form/uitpas-kansentarief"));
    REQUIRE(kiosk.tap("nav/start"));
    REQUIRE(kiosk.visit.typeKeys(marker));
    REQUIRE(kiosk.tap("nav/next"));
    REQUIRE(kiosk.visit.typeKeys(surname));
    REQUIRE(kiosk.tap("nav/next"));
    ui::test::toReview(kiosk.visit);
    kiosk.settle();
    REQUIRE(kiosk.tap("review/print"));
    REQUIRE(kiosk.visit.state.session.screen == core::Screen::Done);
    kiosk.act(core::action::Finish{});

    const std::string log = kiosk.log.str();
    INFO("log:\n" << log);
    // The log says what happened, by session code...
    CHECK(log.find("session TEST42 started: uitpas-kansentarief, nl") != std::string::npos);
    CHECK(log.find("print job TEST42: started") != std::string::npos);
    CHECK(log.find("session TEST42: job 1 submitted") != std::string::npos);
    CHECK(log.find("session ended: uitpas-kansentarief, printed") != std::string::npos);
    // ...and never what was typed, while the printout has it.
    CHECK(log.find(marker) == std::string::npos);
    std::vector<std::filesystem::path> pdfs;
    for (const auto& entry : std::filesystem::directory_iterator(spool)) {
        pdfs.push_back(entry.path());
    }
    REQUIRE(pdfs.size() == 1);
    const std::string printed = pdfText(pdfs.front());
    CHECK(printed.find(marker) != std::string::npos);
    CHECK(printed.find(surname) != std::string::npos);
    std::filesystem::remove_all(spool);
}
