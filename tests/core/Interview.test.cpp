#include "InterviewFixture.hpp"

#include "core/SessionView.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace helder;
using core::Screen;
using test::Visitor;

namespace {

Visitor atHousehold()
{
    Visitor v({test::rentSupportForm()});
    v.start("nl").type("Amina Benali").choose("no").type("85031412302").type("1.200,00");
    REQUIRE(v.at() == "household overview");
    return v;
}

Visitor& addMember(Visitor& v, const std::string& name, const std::string& student = "no")
{
    v.act(core::action::AddMember{}).type(name).choose(student);
    return v;
}

bool hintApplies(const Visitor& v, const std::string& id)
{
    const auto hints = v.view().applyingHints();
    return std::ranges::any_of(hints, [&](const core::RightsHint* h) { return h->id == id; });
}

template <typename EffectType>
std::size_t countEffects(const Visitor& v)
{
    return static_cast<std::size_t>(std::ranges::count_if(v.effects(),
        [](const core::Effect& e) { return std::holds_alternative<EffectType>(e); }));
}

} // namespace

TEST_CASE("a visitor goes from welcome to the first question")
{
    Visitor v({test::rentSupportForm()});
    CHECK(v.session().screen == Screen::Welcome);
    v.act(core::action::ChooseLanguage{"ar"});
    CHECK(v.session().screen == Screen::ChooseForm);
    v.act(core::action::ChooseForm{"rent-support", "K7Q4"});
    CHECK(v.session().screen == Screen::BeforeStart);
    CHECK(v.session().formLanguage == "ar");
    CHECK(countEffects<core::effect::SessionStarted>(v) == 1);
    v.act(core::action::BeginQuestions{});
    CHECK(v.at() == "name");
    CHECK(v.view().progress().current == 1);
}

TEST_CASE("a form without the visitor's language asks which of its languages to use")
{
    Visitor v({test::rentSupportForm()});
    v.act(core::action::ChooseLanguage{"ti"}).act(core::action::ChooseForm{"rent-support", "K7Q4"});
    CHECK(v.session().formLanguage.empty());
    v.act(core::action::BeginQuestions{});
    CHECK(v.session().screen == Screen::BeforeStart); // not before a language is picked
    v.act(core::action::ChooseFormLanguage{"fr"});     // not one the form has
    CHECK(v.session().formLanguage.empty());
    v.act(core::action::ChooseFormLanguage{"ar"}).act(core::action::BeginQuestions{});
    CHECK(v.at() == "name");
    CHECK(v.session().interfaceLanguage == "ti"); // the buttons stay in the visitor's language
}

TEST_CASE("a household at its minimum size")
{
    Visitor v = atHousehold();
    v.act(core::action::Next{});
    CHECK(v.session().problem->messageKey == "validation.members_min");
    CHECK(v.at() == "household overview");

    addMember(v, "Yusuf Benali");
    CHECK(v.at() == "household overview"); // back to the overview after the member's questions
    v.act(core::action::Next{});
    CHECK(v.at() == "status"); // 2 persons: the big-family question stays hidden
    v.choose("work");
    CHECK(v.session().screen == Screen::Review);
    CHECK(v.view().computed("persons") == core::Value(core::Decimal::fromInt(2)));
    CHECK(v.view().unanswered().empty());
}

TEST_CASE("a household at its maximum size")
{
    Visitor v = atHousehold();
    addMember(v, "Yusuf");
    addMember(v, "Lina", "yes");
    addMember(v, "Sami");
    CHECK(v.view().memberCount("household") == 3);
    v.act(core::action::AddMember{});
    CHECK(v.view().memberCount("household") == 3); // no fourth person
    CHECK(v.at() == "household overview");

    v.act(core::action::Next{});
    CHECK(v.at() == "big_family_card"); // 4 persons: the computed value shows this question
    v.choose("yes").choose("benefit");
    CHECK(v.session().screen == Screen::Review);
    CHECK(hintApplies(v, "energy_tariff"));  // 1200 / 4 = 300 a person
    CHECK(hintApplies(v, "student_grant")); // Lina is a student

    const core::Step lina{"member_name", "household", 1};
    REQUIRE(v.view().answer(lina));
    CHECK(v.view().answer(lina)->typed == "Lina");
}

TEST_CASE("removing a member hides the question only a large household needs")
{
    Visitor v = atHousehold();
    addMember(v, "Yusuf");
    addMember(v, "Lina");
    v.act(core::action::Next{}).choose("yes").choose("work");
    REQUIRE(v.session().screen == Screen::Review);
    CHECK(v.view().answer({"big_family_card", "", std::nullopt}) != nullptr);

    v.act(core::action::ChangeAnswer{core::Step{"", "household", std::nullopt}});
    CHECK(v.at() == "household overview");
    v.act(core::action::RemoveMember{1}).act(core::action::Next{});
    CHECK(v.session().screen == Screen::Review); // a change from the review returns to it

    const auto steps = v.view().steps();
    CHECK(std::ranges::find(steps, core::Step{"big_family_card", "", std::nullopt}) == steps.end());
}

TEST_CASE("changing an answer that hides answered questions drops them from the printout")
{
    Visitor v({test::rentSupportForm()});
    v.start("nl").type("Amina").choose("yes").type("Karim").type("85031412302").type("900");
    addMember(v, "Karim");
    v.act(core::action::Next{}).choose("work");
    REQUIRE(v.session().screen == Screen::Review);
    const core::Step partner{"partner_name", "", std::nullopt};
    CHECK(v.view().isVisible(partner));

    v.act(core::action::ChangeAnswer{core::Step{"has_partner", "", std::nullopt}});
    CHECK(v.at() == "has_partner");
    v.choose("no");
    CHECK(v.session().screen == Screen::Review);
    CHECK_FALSE(v.view().isVisible(partner));
    const auto steps = v.view().steps();
    CHECK(std::ranges::find(steps, partner) == steps.end());
    CHECK(v.view().unanswered().empty()); // a hidden question is not "missing" either
}

TEST_CASE("a computed value feeds a condition and a rights hint")
{
    Visitor v = atHousehold();
    addMember(v, "Yusuf");
    v.act(core::action::Next{}).choose("work");
    // 1200 / 2 = 600 a person: below 800
    CHECK(hintApplies(v, "energy_tariff"));
    CHECK_FALSE(hintApplies(v, "student_grant"));

    v.act(core::action::ChangeAnswer{core::Step{"monthly_income", "", std::nullopt}});
    CHECK(v.session().draft == "1.200,00"); // the answer as typed comes back to be changed
    v.type("2000");
    CHECK(v.session().screen == Screen::Review);
    CHECK(v.view().computed("income_per_person") == core::Value(*core::Decimal::parse("1000")));
    CHECK_FALSE(hintApplies(v, "energy_tariff"));
}

TEST_CASE("a national number that fails its check can be kept as typed")
{
    Visitor v({test::rentSupportForm()});
    v.start("nl").type("Amina").choose("no").type("85031412399");
    CHECK(v.at() == "nrn");
    REQUIRE(v.session().problem);
    CHECK(v.session().problem->messageKey == "validation.nrn_check");

    v.act(core::action::KeepAsTyped{});
    CHECK(v.at() == "monthly_income");
    const core::Answer* kept = v.view().answer({"nrn", "", std::nullopt});
    REQUIRE(kept);
    CHECK(kept->typed == "85031412399");
    CHECK(kept->value.isUnknown()); // never computed with
    REQUIRE(kept->keptAsTyped);
    CHECK(kept->keptAsTyped->messageKey == "validation.nrn_check");
    CHECK(v.view().keptAsTyped().size() == 1);
}

TEST_CASE("an empty required answer cannot be kept as typed")
{
    Visitor v({test::rentSupportForm()});
    v.start("nl").type("");
    CHECK(v.session().problem->messageKey == "validation.required");
    v.act(core::action::KeepAsTyped{});
    CHECK(v.at() == "name");
}

TEST_CASE("Arabic-Indic digits typed on a hardware keyboard are normalised")
{
    Visitor v({test::rentSupportForm()});
    v.start("ar").type("Amina").choose("no").type("٨٥٠٣١٤١٢٣٠٢");
    CHECK(v.at() == "monthly_income");
    CHECK(v.view().answer({"nrn", "", std::nullopt})->value == core::Value("85031412302"));
}

TEST_CASE("a name must be in Latin letters")
{
    Visitor v({test::rentSupportForm()});
    v.start("ar").type("أمينة");
    CHECK(v.session().problem->messageKey == "validation.latin_only");
    v.type("Amina Benali");
    CHECK(v.at() == "has_partner");
}

TEST_CASE("changing language half-way keeps every answer")
{
    Visitor v({test::rentSupportForm()});
    v.start("nl").type("Amina").choose("no");
    v.act(core::action::SetDraft{"850314"}); // being typed when the language changes
    v.act(core::action::ChooseLanguage{"ar"});
    CHECK(v.session().interfaceLanguage == "ar");
    CHECK(v.session().formLanguage == "ar");
    CHECK(v.at() == "nrn");
    CHECK(v.session().draft == "850314");
    CHECK(v.view().answer({"name", "", std::nullopt})->typed == "Amina");

    v.act(core::action::ChooseLanguage{"ti"}); // the form has no Tigrinya: its texts stay in Arabic
    CHECK(v.session().interfaceLanguage == "ti");
    CHECK(v.session().formLanguage == "ar");
    CHECK(v.view().answer({"has_partner", "", std::nullopt})->value == core::Value(false));
}

TEST_CASE("back goes to the previous visible question and keeps the answer")
{
    Visitor v({test::rentSupportForm()});
    v.start("nl").type("Amina").choose("no");
    CHECK(v.at() == "nrn");
    v.act(core::action::Back{});
    CHECK(v.at() == "has_partner"); // partner_name is hidden and skipped
    v.act(core::action::Back{});
    CHECK(v.at() == "name");
    CHECK(v.session().draft == "Amina");
    v.act(core::action::Back{});
    CHECK(v.session().screen == Screen::BeforeStart);
}

TEST_CASE("\"I don't know\" is recorded where allowed and listed for the worker")
{
    Visitor v = atHousehold();
    addMember(v, "Yusuf");
    v.act(core::action::Next{});
    CHECK(v.at() == "status");
    v.act(core::action::DontKnow{}); // not allowed on this question
    CHECK(v.at() == "status");

    v.act(core::action::ChangeAnswer{core::Step{"monthly_income", "", std::nullopt}}); // not on review
    v.choose("work");
    v.act(core::action::ChangeAnswer{core::Step{"monthly_income", "", std::nullopt}});
    v.act(core::action::DontKnow{});
    CHECK(v.session().screen == Screen::Review);
    CHECK(v.view().dontKnow().size() == 1);
    CHECK(v.view().computed("income_per_person").isUnknown());
    CHECK_FALSE(hintApplies(v, "energy_tariff")); // unknown is not "applies"
}

TEST_CASE("an optional question left empty is unanswered, not a problem")
{
    Visitor v = atHousehold();
    v.act(core::action::AddMember{}).type("Yusuf");
    CHECK(v.at() == "member_student #1");
    v.act(core::action::Next{});
    CHECK(v.at() == "household overview");
    CHECK(v.view().unanswered().size() == 2); // the student question, and status still ahead
}

TEST_CASE("idle: a warning with a countdown, more time, then a wipe")
{
    Visitor v({test::rentSupportForm()});
    v.start("nl").type("Amina Benali");
    v.elapse(89'000);
    CHECK(v.session().dialog == core::Dialog::None);
    v.elapse(1'000);
    CHECK(v.session().dialog == core::Dialog::IdleWarning);
    CHECK(countEffects<core::effect::AnnounceIdleWarning>(v) == 1);
    CHECK(v.session().countdownEnds - v.session().now >= 20'000);

    v.act(core::action::ExtendTime{});
    CHECK(v.session().dialog == core::Dialog::None);
    CHECK(v.view().answer({"name", "", std::nullopt}) != nullptr);

    v.elapse(90'000).elapse(30'000);
    CHECK(v.session().screen == Screen::Welcome);
    CHECK(v.session().answers.empty());
    CHECK(v.session().sessionCode.empty());
    CHECK(countEffects<core::effect::CancelPrintJobs>(v) == 1);
    const auto ended = std::ranges::find_if(v.effects(), [](const core::Effect& e) {
        return std::holds_alternative<core::effect::SessionEnded>(e);
    });
    REQUIRE(ended != v.effects().end());
    const auto& summary = std::get<core::effect::SessionEnded>(*ended);
    CHECK(summary.reason == core::effect::EndReason::IdleTimeout);
    CHECK(summary.lastQuestion == "has_partner"); // where the visit was abandoned, no answer
}

TEST_CASE("at least ten extends are allowed")
{
    Visitor v({test::rentSupportForm()});
    v.start("nl");
    for (int i = 0; i < 10; ++i) {
        v.elapse(90'000);
        REQUIRE(v.session().dialog == core::Dialog::IdleWarning);
        v.act(core::action::ExtendTime{});
        REQUIRE(v.session().dialog == core::Dialog::None);
    }
    CHECK(v.session().screen == Screen::Question);
}

TEST_CASE("the idle timeout waits while a print job is pending or a fault waits for staff")
{
    Visitor v = atHousehold();
    addMember(v, "Yusuf");
    v.act(core::action::Next{}).choose("work").act(core::action::Print{});
    CHECK(v.session().screen == Screen::Printing);
    CHECK(countEffects<core::effect::StartPrint>(v) == 1);
    v.elapse(120'000);
    CHECK(v.session().dialog == core::Dialog::None);

    v.act(core::action::PrintFailed{"print.fault.media_empty"});
    CHECK(v.session().screen == Screen::PrintFault);
    v.elapse(600'000);
    CHECK(v.session().screen == Screen::PrintFault);
    CHECK(v.session().dialog == core::Dialog::None);

    v.act(core::action::RetryPrint{}).act(core::action::PrintSucceeded{});
    CHECK(v.session().screen == Screen::Done);
    v.act(core::action::PrintAgain{});
    CHECK(std::get<core::effect::StartPrint>(v.effects().back()).copy); // a reprint is a COPY
    v.act(core::action::PrintSucceeded{}).act(core::action::Finish{});
    CHECK(v.session().screen == Screen::Welcome);
    CHECK(v.session().members.empty());
}

TEST_CASE("the done screen wipes by itself after a while")
{
    Visitor v = atHousehold();
    addMember(v, "Yusuf");
    v.act(core::action::Next{}).choose("work").act(core::action::Print{}).act(core::action::PrintSucceeded{});
    v.elapse(59'000);
    CHECK(v.session().screen == Screen::Done);
    v.elapse(1'000);
    CHECK(v.session().screen == Screen::Welcome);
}

TEST_CASE("start again asks first")
{
    Visitor v({test::rentSupportForm()});
    v.start("nl").type("Amina");
    v.act(core::action::AskStartAgain{});
    CHECK(v.session().dialog == core::Dialog::ConfirmStartAgain);
    v.act(core::action::CloseDialog{});
    CHECK(v.at() == "has_partner");
    v.act(core::action::AskStartAgain{}).act(core::action::ConfirmStartAgain{});
    CHECK(v.session().screen == Screen::Welcome);
    CHECK(v.session().answers.empty());
}

TEST_CASE("a multiple choice toggles options in the form's order")
{
    core::Template form = test::rentSupportForm();
    auto interests = test::question("interests", core::QuestionType::MultipleChoice);
    interests.choices = {{"sport", ""}, {"culture", ""}, {"nature", ""}};
    form.items.insert(form.items.begin(), interests);
    Visitor v({form});
    v.start("nl").choose("nature").choose("sport").choose("culture").choose("culture");
    CHECK(v.at() == "interests");
    v.act(core::action::Next{});
    CHECK(v.at() == "name");
    CHECK(v.view().answer({"interests", "", std::nullopt})->value
          == core::Value(core::Choices{"sport", "nature"}));
}
