// The visit `helder-forms preview` draws: every screen of the form in order, with the template's
// example answers on screen. No display needed.

#include "TestPaths.hpp"
#include "core/TemplateLoader.hpp"
#include "storage/FormFolder.hpp"
#include "tools/PreviewVisit.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace helder;

namespace {

core::Template loadUitpas()
{
    const auto sources = storage::readFormFolder(test::sourceDir() / "forms" / "uitpas-kansentarief");
    REQUIRE(sources);
    core::TemplateLoad load = core::loadTemplate(*sources);
    REQUIRE(load.form);
    return std::move(*load.form);
}

const tools::PreviewShot* find(const std::vector<tools::PreviewShot>& shots, const std::string& name)
{
    const auto it = std::ranges::find(shots, name, &tools::PreviewShot::name);
    return it == shots.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("preview walks the form from before-you-start to done with the example answers")
{
    const core::Template form = loadUitpas();
    core::InterviewContext context;
    context.forms = std::span(&form, 1);
    const auto shots = tools::previewVisit(context, form, "ar", *core::Date::fromYmd(2026, 11, 23));
    REQUIRE(shots);
    REQUIRE(shots->size() > 10);
    CHECK(shots->front().name == "before-start");
    CHECK(shots->front().state.session.screen == core::Screen::BeforeStart);
    CHECK(shots->front().state.session.interfaceLanguage == "ar");
    CHECK((*shots)[shots->size() - 3].name == "review");
    CHECK((*shots)[shots->size() - 2].state.session.screen == core::Screen::Printing);
    CHECK(shots->back().name == "done");
    CHECK(shots->back().state.session.screen == core::Screen::Done);

    // Typed examples are on screen as a visitor types them; dates day first.
    const tools::PreviewShot* postcode = find(*shots, "question-postcode");
    REQUIRE(postcode);
    CHECK(postcode->state.session.draft == "9000");
    const tools::PreviewShot* birth = find(*shots, "question-birth_date");
    REQUIRE(birth);
    CHECK(birth->state.session.draft == "14/03/1985");

    // Help panels open beside their question; cards are drawn before the tap that answers them.
    const tools::PreviewShot* help = find(*shots, "question-postcode-help");
    REQUIRE(help);
    CHECK(help->state.ui.help);
    CHECK_FALSE(postcode->state.ui.help);
    const tools::PreviewShot* status = find(*shots, "question-status");
    REQUIRE(status);
    CHECK(status->state.session.answers.count("status") == 0);

    // The household loop: the overview empty, then with each of example_count (2) members.
    for (const std::string name : {"household-overview-0", "household-overview-1", "household-overview-2",
                                   "question-household-1-member_name", "question-household-2-member_nrn"}) {
        CHECK_MESSAGE(find(*shots, name), name);
    }
    CHECK_FALSE(find(*shots, "household-overview-3"));
    // monthly_income is shown only for a low income: the example status skips it.
    CHECK_FALSE(find(*shots, "question-monthly_income"));

    const core::Session& review = (*shots)[shots->size() - 3].state.session;
    CHECK(review.answers.at("first_name").typed == "Amina");
    CHECK(review.members.at("household").size() == 2);
}

TEST_CASE("preview names the question whose example the form does not accept")
{
    core::Template form = loadUitpas();
    core::Question* postcode = nullptr;
    for (core::Item& item : form.items) {
        if (auto* question = std::get_if<core::Question>(&item); question && question->id == "postcode") {
            postcode = question;
        }
    }
    REQUIRE(postcode);
    postcode->example = core::Value("not a postcode");
    core::InterviewContext context;
    context.forms = std::span(&form, 1);
    const auto shots = tools::previewVisit(context, form, "nl", *core::Date::fromYmd(2026, 11, 23));
    REQUIRE_FALSE(shots);
    CHECK(shots.error().find("\"postcode\"") != std::string::npos);
}
