// Whole visits driven by taps on laid-out screens: UI events → actions → core::update().

#include "UiHarness.hpp"

#include <map>

using namespace helder;
using namespace helder::ui;
using helder::ui::test::Visit;

namespace {

void startForm(Visit& visit, const std::string& language)
{
    REQUIRE(visit.tap("lang/" + language));
    REQUIRE(visit.state.session.screen == core::Screen::ChooseForm);
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    REQUIRE(visit.state.session.screen == core::Screen::BeforeStart);
    REQUIRE(visit.tap("nav/start"));
    REQUIRE(visit.state.session.screen == core::Screen::Question);
}

void typeAndNext(Visit& visit, std::string_view questionId, std::string_view typed)
{
    INFO("question " << questionId);
    REQUIRE(visit.question() == questionId);
    REQUIRE(visit.typeKeys(typed));
    REQUIRE(visit.tap("nav/next"));
    CHECK_FALSE(visit.state.session.problem);
}

// Day, month, decade and year on the date picker, then Next.
void pickDateAndNext(Visit& visit, std::string_view questionId, int day, int month, int year)
{
    INFO("question " << questionId);
    REQUIRE(visit.question() == questionId);
    REQUIRE(visit.tap("date/day/" + std::to_string(day)));
    REQUIRE(visit.tap("date/month/" + std::to_string(month)));
    REQUIRE(visit.tap("date/decade/" + std::to_string(year / 10 * 10)));
    REQUIRE(visit.tap("date/year/" + std::to_string(year)));
    REQUIRE(visit.tap("nav/next"));
    CHECK_FALSE(visit.state.session.problem);
}

void answerUitpas(Visit& visit, const std::string& secondLanguage)
{
    typeAndNext(visit, "first_name", "Amina");
    typeAndNext(visit, "last_name", "El Amrani");
    pickDateAndNext(visit, "birth_date", 14, 3, 1985);
    // The language changes half-way; every answer stays.
    REQUIRE(visit.tap("top/language"));
    REQUIRE(visit.tap("lang/" + secondLanguage));
    CHECK(visit.state.session.interfaceLanguage == secondLanguage);
    CHECK_FALSE(visit.state.ui.languagePicker);
    typeAndNext(visit, "nrn", "85031412401");
    typeAndNext(visit, "street", "Kerkstraat");
    typeAndNext(visit, "house_number", "12");
    REQUIRE(visit.question() == "box");
    CHECK_FALSE(visit.screen().has("nav/dont_know")); // "dont_know": false in the form
    REQUIRE(visit.tap("nav/next"));
    typeAndNext(visit, "postcode", "9000");
    typeAndNext(visit, "municipality", "Gent");
    REQUIRE(visit.question() == "phone");
    REQUIRE(visit.tap("nav/next"));
    REQUIRE(visit.question() == "email");
    REQUIRE(visit.tap("nav/next"));
    REQUIRE(visit.question() == "status");
    REQUIRE(visit.tap("choice/living_wage"));
    REQUIRE(visit.question() == "has_uitpas");
    REQUIRE(visit.tap("answer/no"));
    REQUIRE(visit.question() == "lives_with_others");
    REQUIRE(visit.tap("answer/yes"));
    REQUIRE(visit.state.session.step->isGroupOverview());
    REQUIRE(visit.tap("member/add"));
    typeAndNext(visit, "member_name", "Youssef El Amrani");
}

} // namespace

TEST_CASE("a visit from the welcome screen to the printout and back, changing language half-way")
{
    Visit visit;
    startForm(visit, "nl");
    answerUitpas(visit, "ar");
    // The rest of the member's questions, then the overview again.
    while (visit.state.session.step && visit.state.session.step->member) {
        const ScreenDescription screen = visit.screen();
        if (screen.has("nav/dont_know")) {
            REQUIRE(visit.tap("nav/dont_know"));
        } else {
            REQUIRE(visit.tap("nav/next"));
        }
    }
    REQUIRE(visit.state.session.step->isGroupOverview());
    CHECK(visit.screen().has("member/edit/0"));
    REQUIRE(visit.tap("nav/next"));
    while (visit.state.session.screen == core::Screen::Question) {
        INFO("question " << visit.question());
        REQUIRE(visit.tap(visit.screen().has("answer/yes") ? "answer/yes" : "nav/dont_know"));
    }
    REQUIRE(visit.state.session.screen == core::Screen::Review);

    // The answers typed in Dutch are still there after the change to Arabic.
    const auto first = visit.state.session.answers.find("first_name");
    REQUIRE(first != visit.state.session.answers.end());
    CHECK(first->second.typed == "Amina");
    CHECK(visit.state.session.answers.at("last_name").typed == "El Amrani");
    CHECK(visit.state.session.formLanguage == "ar");

    // A rights hint that applies (living wage → social energy tariff) is shown; one that does not is absent.
    const ScreenDescription review = visit.screen();
    CHECK(review.has("review/hint/social_energy_tariff"));
    CHECK_FALSE(review.has("review/hint/apply_increased_reimbursement"));

    // The hint is on the first page only; each answer is on exactly one page, and every page has some.
    std::map<std::string, int> rowsSeen;
    for (std::size_t page = 0;; ++page) {
        Visit paged = visit;
        paged.state.ui.reviewPage = page;
        const ScreenDescription shown = paged.screen();
        CHECK(shown.has("review/hint/social_energy_tariff") == (page == 0));
        int rows = 0;
        for (const Widget& widget : shown.widgets) {
            if (widget.id.starts_with("review/row/")) {
                ++rowsSeen[widget.id];
                ++rows;
            }
        }
        CHECK(rows > 0);
        if (!shown.has("review/page/" + std::to_string(page + 1))) {
            break;
        }
        REQUIRE(page < 20);
    }
    CHECK(rowsSeen.size() >= 15);
    for (const auto& [id, times] : rowsSeen) {
        CHECK_MESSAGE(times == 1, id);
    }

    // "Change" goes to the question and Next comes straight back.
    REQUIRE(visit.tap("review/change/first_name"));
    CHECK(visit.question() == "first_name");
    CHECK(visit.state.session.draft == "Amina");
    REQUIRE(visit.tap("key/backspace"));
    REQUIRE(visit.typeKeys("e"));
    REQUIRE(visit.tap("nav/next"));
    REQUIRE(visit.state.session.screen == core::Screen::Review);
    CHECK(visit.state.session.answers.at("first_name").typed == "Amine");

    visit.effects.clear();
    REQUIRE(visit.tap("review/print"));
    CHECK(visit.state.session.screen == core::Screen::Printing);
    REQUIRE(visit.effects.size() == 1);
    CHECK(std::holds_alternative<core::effect::StartPrint>(visit.effects.front()));
    visit.act(core::action::PrintFailed{"print.fault"});
    REQUIRE(visit.tap("print/retry"));
    visit.act(core::action::PrintSucceeded{});
    REQUIRE(visit.state.session.screen == core::Screen::Done);
    CHECK(visit.screen().has("done/print_again"));
    REQUIRE(visit.tap("done/yes"));
    CHECK(visit.state.session.screen == core::Screen::Welcome);
    CHECK(visit.state.session.answers.empty());
}

TEST_CASE("a wrong national register number can be corrected or kept as typed")
{
    Visit visit;
    startForm(visit, "nl");
    typeAndNext(visit, "first_name", "Amina");
    typeAndNext(visit, "last_name", "Peeters");
    pickDateAndNext(visit, "birth_date", 14, 3, 1985);
    REQUIRE(visit.typeKeys("85031412400"));
    REQUIRE(visit.tap("nav/next"));
    REQUIRE(visit.state.session.problem);
    const ScreenDescription screen = visit.screen();
    CHECK(screen.has("answer/problem"));
    REQUIRE(visit.tap("answer/keep"));
    CHECK(visit.question() == "street");
    CHECK(visit.state.session.answers.at("nrn").keptAsTyped.has_value());
}

TEST_CASE("start again asks first, then wipes everything")
{
    Visit visit;
    startForm(visit, "fr");
    REQUIRE(visit.typeKeys("Amina"));
    REQUIRE(visit.tap("top/start_again"));
    CHECK(visit.state.session.dialog == core::Dialog::ConfirmStartAgain);
    // The dialog covers the screen: Next cannot be reached beneath it.
    CHECK_FALSE(visit.tap("nav/next"));
    REQUIRE(visit.tap("dialog/start_again_no"));
    CHECK(visit.state.session.draft == "Amina");
    REQUIRE(visit.tap("top/start_again"));
    REQUIRE(visit.tap("dialog/start_again_yes"));
    CHECK(visit.state.session.screen == core::Screen::Welcome);
    CHECK(visit.state.session.draft.empty());
}

TEST_CASE("the idle warning counts down, gives more time, and wipes the session at the end")
{
    Visit visit;
    startForm(visit, "nl");
    REQUIRE(visit.typeKeys("Amina"));
    const std::int64_t start = visit.state.session.lastActivity;
    visit.act(core::action::Tick{start + 90'000, ui::test::testDay()});
    REQUIRE(visit.state.session.dialog == core::Dialog::IdleWarning);
    const ScreenDescription warning = visit.screen();
    REQUIRE(warning.has("dialog/countdown"));
    CHECK(warning.find("dialog/countdown")->texts.front().layout.text.find("30") != std::string::npos);
    REQUIRE(visit.tap("dialog/more_time"));
    CHECK(visit.state.session.dialog == core::Dialog::None);
    CHECK(visit.state.session.draft == "Amina");
    const std::int64_t later = visit.state.session.lastActivity;
    visit.act(core::action::Tick{later + 90'000, ui::test::testDay()});
    visit.act(core::action::Tick{later + 120'000, ui::test::testDay()});
    CHECK(visit.state.session.screen == core::Screen::Welcome);
    CHECK(visit.state.session.draft.empty());
}

TEST_CASE("a form without the visitor's language offers the languages it has")
{
    Visit visit;
    REQUIRE(visit.tap("lang/tr"));
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    const ScreenDescription before = visit.screen();
    CHECK(before.has("formlang/nl"));
    CHECK(before.has("formlang/ar"));
    CHECK_FALSE(before.has("nav/start"));
    REQUIRE(visit.tap("formlang/fr"));
    CHECK(visit.state.session.formLanguage == "fr");
    CHECK(visit.state.session.interfaceLanguage == "tr");
    REQUIRE(visit.tap("nav/start"));
    CHECK(visit.state.session.screen == core::Screen::Question);
}

TEST_CASE("text size and high contrast are one tap away and stay for the visit only")
{
    Visit visit;
    REQUIRE(visit.tap("top/text_size"));
    CHECK(visit.state.ui.textSize == TextSize::Large);
    REQUIRE(visit.tap("top/contrast"));
    CHECK(visit.state.ui.highContrast);
    REQUIRE(visit.tap("lang/nl"));
    REQUIRE(visit.tap("nav/back"));
    CHECK(visit.state.ui.textSize == TextSize::Large); // Back to the languages is not a new visitor
    startForm(visit, "nl");
    CHECK(visit.state.ui.textSize == TextSize::Large);
    REQUIRE(visit.tap("top/start_again"));
    REQUIRE(visit.tap("dialog/start_again_yes"));
    CHECK(visit.state.ui == UiState{});
}
