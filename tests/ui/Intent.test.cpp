// Event → action: the table of widget ids, typing, and step keys.

#include "ui/Intent.hpp"
#include "ui/StepKey.hpp"

#include <doctest/doctest.h>

using namespace helder;
using namespace helder::ui;

namespace {

template <typename T>
const T* actionOf(const Intent& intent)
{
    return intent.action ? std::get_if<T>(&*intent.action) : nullptr;
}

core::Session questionSession(std::string draft)
{
    core::Session session;
    session.screen = core::Screen::Question;
    session.draft = std::move(draft);
    return session;
}

} // namespace

TEST_CASE("widget ids map to actions")
{
    const core::Session session;
    const UiState state;
    const IntentContext context{session, state, "ABC123"};

    const Intent language = intentFor("lang/ar", context);
    REQUIRE(actionOf<core::action::ChooseLanguage>(language));
    CHECK(actionOf<core::action::ChooseLanguage>(language)->language == "ar");
    CHECK(language.ui.has_value()); // the picker closes too

    const Intent form = intentFor("form/uitpas-kansentarief", context);
    REQUIRE(actionOf<core::action::ChooseForm>(form));
    CHECK(actionOf<core::action::ChooseForm>(form)->formId == "uitpas-kansentarief");
    CHECK(actionOf<core::action::ChooseForm>(form)->sessionCode == "ABC123");

    CHECK(actionOf<core::action::Next>(intentFor("nav/next", context)));
    CHECK(actionOf<core::action::Back>(intentFor("nav/back", context)));
    CHECK(actionOf<core::action::DontKnow>(intentFor("nav/dont_know", context)));
    CHECK(actionOf<core::action::ChooseOption>(intentFor("choice/living_wage", context))->id == "living_wage");
    CHECK(actionOf<core::action::ChooseOption>(intentFor("answer/yes", context))->id == "yes");
    CHECK(actionOf<core::action::EditMember>(intentFor("member/edit/2", context))->member == 2);
    // Removing a member asks first; only the confirmation removes.
    const Intent remove = intentFor("member/remove/0", context);
    CHECK_FALSE(remove.action);
    REQUIRE(remove.ui);
    CHECK(std::get<uiaction::AskRemoveMember>(*remove.ui).index == 0);
    CHECK(actionOf<core::action::ExtendTime>(intentFor("dialog/more_time", context)));
    CHECK(actionOf<core::action::AskStartAgain>(intentFor("top/start_again", context)));

    const Intent size = intentFor("top/text_size", context);
    CHECK_FALSE(size.action);
    REQUIRE(size.ui);
    CHECK(std::holds_alternative<uiaction::CycleTextSize>(*size.ui));

    CHECK(intentFor("member/edit/x", context).empty());
    CHECK(intentFor("nothing/here", context).empty());
    CHECK(intentFor("question/text", context).empty());
}

TEST_CASE("keys type into the answer, normalising digits, and delete whole graphemes")
{
    const UiState state;
    const core::Session session = questionSession("Am");
    const IntentContext context{session, state, ""};
    CHECK(actionOf<core::action::SetDraft>(intentFor("key/char/i", context))->text == "Ami");
    CHECK(actionOf<core::action::SetDraft>(intentFor("key/space", context))->text == "Am ");
    CHECK(actionOf<core::action::SetDraft>(typeText("\u0661\u06F2", context))->text == "Am12");

    const core::Session arabic = questionSession("\u0628\u064E"); // a letter and its haraka
    CHECK(actionOf<core::action::SetDraft>(deleteBackward(IntentContext{arabic, state, ""}))->text.empty());

    const core::Session welcome;
    CHECK(typeText("a", IntentContext{welcome, state, ""}).empty());
}

TEST_CASE("a capital switches the keyboard back to small letters")
{
    UiState shifted;
    shifted.shift = true;
    const core::Session session = questionSession("");
    const Intent intent = intentFor("key/char/A", IntentContext{session, shifted, ""});
    CHECK(actionOf<core::action::SetDraft>(intent)->text == "A");
    REQUIRE(intent.ui);
    CHECK(applyUiAction(shifted, *intent.ui).shift == false);
}

TEST_CASE("step keys round-trip through widget ids")
{
    const core::Step plain{"first_name", "", std::nullopt};
    const core::Step member{"member_name", "household", 1};
    const core::Step overview{"", "household", std::nullopt};
    for (const core::Step& step : {plain, member, overview}) {
        const auto parsed = parseStepKey(stepKey(step));
        REQUIRE(parsed);
        CHECK(*parsed == step);
    }
    CHECK_FALSE(parseStepKey("household/x/name"));
    CHECK_FALSE(parseStepKey(""));
}
