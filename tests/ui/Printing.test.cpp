// The print effect: a visit's answers filled into the official PDF, which lands in the spool
// folder holding the typed values.

#include "ScreenKinds.hpp"

#include "app/FormPrinter.hpp"
#include "printer/SpoolFolder.hpp"

#include <cstdio>
#include <filesystem>
#include <sstream>

using namespace helder;
using helder::ui::test::Visit;

namespace {

std::string pdfText(const std::filesystem::path& pdf)
{
    const std::string command = "pdftotext -q '" + pdf.string() + "' -";
    std::string text;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        std::size_t read = 0;
        while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) {
            text.append(buffer, read);
        }
        pclose(pipe);
    }
    return text;
}

} // namespace

TEST_CASE("printing fills the official form with the typed answers and puts it in the spool folder")
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

    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "helder-ui-test-spool";
    std::filesystem::remove_all(folder);
    auto spool = printer::SpoolFolder::openAt(folder);
    REQUIRE(spool);
    auto filler = printer::FormFiller::create();
    REQUIRE(filler);
    std::ostringstream log;
    app::FormPrinter printer(std::move(*filler), std::make_unique<printer::SpoolFolder>(std::move(*spool)),
                             ui::test::World::get().context, log);
    const core::Action result = printer.print(visit.state.session, false);
    INFO(log.str());
    REQUIRE(std::holds_alternative<core::action::PrintSucceeded>(result));

    std::vector<std::filesystem::path> pdfs;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        pdfs.push_back(entry.path());
    }
    REQUIRE(pdfs.size() == 1);
    CHECK(pdfs.front().filename().string().starts_with("TEST42"));
    const std::string text = pdfText(pdfs.front());
    CHECK(text.find("Amina") != std::string::npos);
    CHECK(text.find("Peeters") != std::string::npos);
    CHECK(log.str().find("Amina") == std::string::npos); // nothing personal in the log
    std::filesystem::remove_all(folder);
}
