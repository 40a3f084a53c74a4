// The staff's test print: a session of a form holding the template's example answers, printed
// through the same path as a visitor's, lands in the spool folder with those answers.

#include "PdfTools.hpp"
#include "app/ExampleSession.hpp"
#include "app/FormPrinter.hpp"
#include "printer/SpoolFolder.hpp"

#include "../tools/ScratchFolder.hpp"
#include "UiHarness.hpp"

#include <cstdio>
#include <sstream>

using namespace helder;
using helder::test::pdfText;
using helder::ui::test::World;

namespace {

} // namespace

TEST_CASE("the example session answers every question that has an example, members included")
{
    const core::Template* form = nullptr;
    for (const core::Template& candidate : World::get().forms.forms) {
        form = candidate.id == "uitpas-kansentarief" ? &candidate : form;
    }
    REQUIRE(form);
    const core::Session session = app::exampleSession(*form, "TEST", ui::test::testDay());
    CHECK(session.screen == core::Screen::Review);
    CHECK(session.formId == "uitpas-kansentarief");
    CHECK(session.sessionCode == "TEST");
    CHECK(session.formLanguage == "nl");
    REQUIRE(session.answers.contains("first_name"));
    CHECK(session.answers.at("first_name").typed == "Amina");
    CHECK(session.answers.at("birth_date").value.isDate());
    for (const auto& [group, members] : session.members) {
        INFO(group);
        CHECK_FALSE(members.empty());
        CHECK_FALSE(members.front().empty());
    }
}

TEST_CASE("a test print goes through the visitor's print path and holds the example answers")
{
    World& world = World::get();
    const helder::test::ScratchFolder scratch;
    auto spool = printer::SpoolFolder::openAt(scratch.path() / "spool");
    REQUIRE(spool);
    auto filler = printer::FormFiller::create();
    REQUIRE(filler);
    std::ostringstream log;
    app::FormPrinter printer(std::move(*filler), std::make_unique<printer::SpoolFolder>(std::move(*spool)),
                             app::PrintSettings{}, world.context, world.catalog);
    const app::PrintListener listener{{}, [&log](const std::string& line) { log << line << '\n'; }, {}};
    for (const core::Template& form : world.forms.forms) {
        INFO(form.id);
        const auto result = printer.print(app::exampleSession(form, "TEST", ui::test::testDay()), false, listener);
        INFO(log.str());
        REQUIRE(result);
        CHECK(std::holds_alternative<core::action::PrintSucceeded>(*result));
    }
    std::string text;
    for (const auto& entry : std::filesystem::directory_iterator(scratch.path() / "spool")) {
        text += pdfText(entry.path());
    }
    CHECK(text.find("Amina") != std::string::npos);
    CHECK(text.find("El Amrani") != std::string::npos);
}
