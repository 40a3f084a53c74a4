// The inputs of typed answers without a display: per-language keyboards by stable key id, the
// Latin switch, long-press choices driven by an injected clock, visible labels for invisible
// characters, the Ge'ez picker, the date picker, the national register number and IBAN keypads,
// and the confirmation before a household member is removed.

#include "InputForms.hpp"

#include "ui/KeyLabel.hpp"
#include "ui/LongPress.hpp"

using namespace helder;
using namespace helder::ui;
using helder::ui::test::centreX;
using helder::ui::test::Visit;

namespace {

std::string shownText(const ScreenDescription& screen, std::string_view id)
{
    const Widget* widget = screen.find(id);
    REQUIRE(widget);
    REQUIRE_FALSE(widget->texts.empty());
    return widget->texts.front().layout.text;
}

// The Ge'ez consonant whose orders hold `syllable`, by its stable id.
std::string consonantOf(std::string_view syllable)
{
    const auto* picker = std::get_if<keyboards::GeezPicker>(ui::test::World::get().keyboards.find("geez-picker"));
    REQUIRE(picker);
    for (std::size_t i = 0; i < picker->consonants.size(); ++i) {
        for (const std::string& order : picker->consonants[i].orders) {
            if (order == syllable) {
                return "geez/consonant/" + std::to_string(i);
            }
        }
    }
    FAIL("no consonant has " << syllable);
    return {};
}

} // namespace

TEST_CASE("names type on the language's Latin layout: Belgian AZERTY in Dutch, QWERTY in Arabic")
{
    Visit dutch;
    REQUIRE(dutch.tap("lang/nl"));
    REQUIRE(dutch.tap("form/uitpas-kansentarief"));
    REQUIRE(dutch.tap("nav/start"));
    const ScreenDescription azerty = dutch.screen();
    // AZERTY: a, z, e in the top letter row, q at the start of the next.
    CHECK(azerty.find("key/char/a")->rect.y == doctest::Approx(azerty.find("key/char/z")->rect.y));
    CHECK(azerty.find("key/char/a")->rect.x < azerty.find("key/char/z")->rect.x);
    CHECK(azerty.find("key/char/q")->rect.y > azerty.find("key/char/a")->rect.y);
    CHECK_FALSE(azerty.has("key/latin")); // names stay in Latin letters

    Visit arabic;
    REQUIRE(arabic.tap("lang/ar"));
    REQUIRE(arabic.tap("form/uitpas-kansentarief"));
    REQUIRE(arabic.tap("nav/start"));
    const ScreenDescription qwerty = arabic.screen();
    CHECK(qwerty.find("key/char/q")->rect.y == doctest::Approx(qwerty.find("key/char/w")->rect.y));
    CHECK_FALSE(qwerty.has("key/char/ض"));
    CHECK_FALSE(qwerty.has("key/latin"));
    REQUIRE(arabic.typeKeys("Amina"));
    CHECK(arabic.state.session.draft == "Amina");
}

TEST_CASE("free text in Arabic types on the Arabic layout, in its physical order, with a switch to Latin")
{
    Visit visit = ui::test::atFreeText("ar");
    ScreenDescription screen = visit.screen();
    CHECK(screen.rightToLeft);
    REQUIRE(screen.has("key/char/ض"));
    REQUIRE(screen.has("key/char/ص"));
    // ض is where q is on a physical keyboard: at the left, the screen's mirroring notwithstanding.
    CHECK(centreX(*screen.find("key/char/ض")) < centreX(*screen.find("key/char/ص")));
    REQUIRE(visit.tap("key/char/س"));
    REQUIRE(visit.tap("key/char/ل"));
    CHECK(visit.state.session.draft == "سل");

    REQUIRE(visit.tap("key/latin"));
    screen = visit.screen();
    CHECK(screen.has("key/char/q"));
    CHECK_FALSE(screen.has("key/char/ض"));
    CHECK(shownText(screen, "key/latin") == "ضصث");
    REQUIRE(visit.tap("key/char/a"));
    REQUIRE(visit.tap("key/latin"));
    CHECK(visit.screen().has("key/char/ض"));
    CHECK(visit.state.session.draft == "سلa");
}

TEST_CASE("keys with accents open their choices when held, timed by the injected clock")
{
    Visit visit = ui::test::atFreeText("pl");
    const ScreenDescription screen = visit.screen();
    const Widget* a = screen.find("key/char/a");
    REQUIRE(a);
    CHECK(a->longPress);
    CHECK_FALSE(screen.has("key/pick/ą"));

    LongPress held;
    held.press(a->id, 10'000);
    CHECK(held.due() == 10'000 + LongPress::delayMs);
    CHECK_FALSE(held.fire(10'000 + LongPress::delayMs - 1));
    const auto fired = held.fire(10'000 + LongPress::delayMs);
    REQUIRE(fired);
    CHECK_FALSE(held.fire(20'000)); // once per press
    CHECK_FALSE(held.release());    // the held key does not also type
    visit.apply(longPress(*fired, IntentContext{visit.state.session, visit.state.ui, {}}));

    const ScreenDescription open = visit.screen();
    REQUIRE(open.has("key/pick/ą"));
    for (const Widget& widget : open.widgets) {
        if (widget.id.starts_with("key/pick")) {
            CHECK(widget.rect.width >= 60.0F);
            CHECK(widget.rect.height >= 60.0F);
        }
    }
    // The keys below the choices cannot be hit while they are open.
    CHECK_FALSE(visit.tap("key/char/a"));
    REQUIRE(visit.tap("key/pick/ą"));
    CHECK(visit.state.session.draft == "ą");
    CHECK_FALSE(visit.screen().has("key/pick/ą"));

    // A short press types the key itself on release.
    held.press("key/char/e", 30'000);
    CHECK_FALSE(held.fire(30'100));
    CHECK(held.release() == "key/char/e");
    CHECK_FALSE(held.due());
}

TEST_CASE("Romanian s holds ș; the choices close without typing")
{
    Visit visit = ui::test::atFreeText("ro");
    REQUIRE(visit.screen().find("key/char/s")->longPress);
    visit.apply(longPress("key/char/s", IntentContext{visit.state.session, visit.state.ui, {}}));
    CHECK(visit.screen().has("key/pick/ș"));
    REQUIRE(visit.tap("key/pick_close"));
    CHECK_FALSE(visit.screen().has("key/pick/ș"));
    CHECK(visit.state.session.draft.empty());
}

TEST_CASE("keys of invisible characters get a visible label")
{
    CHECK(keyLabel("\u200D") == "ZWJ");
    CHECK(keyLabel("\u200C") == "ZWNJ");
    CHECK(keyLabel("\u064E") == "\u25CC\u064E"); // fatha on a dotted circle
    CHECK(keyLabel("a") == "a");

    Visit visit = ui::test::atFreeText("prs");
    const ScreenDescription screen = visit.screen();
    const Widget* joiner = screen.find("key/char/\u200D");
    REQUIRE(joiner);
    REQUIRE_FALSE(joiner->texts.empty());
    CHECK(joiner->texts.front().layout.text == "ZWJ");
    CHECK(joiner->texts.front().layout.width > 10.0F);
}

TEST_CASE("the Ge'ez picker types ትግራይ, one syllable per consonant and order")
{
    Visit visit = ui::test::atFreeText("ti");
    CHECK_FALSE(visit.screen().has("key/char/q"));
    for (const std::string syllable : {"ት", "ግ", "ራ", "ይ"}) {
        INFO(syllable);
        REQUIRE(visit.tap(consonantOf(syllable)));
        const ScreenDescription open = visit.screen();
        // The seven orders of the consonant, each a full target.
        int orders = 0;
        for (const Widget& widget : open.widgets) {
            if (widget.id.starts_with("key/pick/")) {
                ++orders;
                CHECK(widget.rect.width >= 60.0F);
            }
        }
        CHECK(orders >= 7);
        REQUIRE(visit.tap("key/pick/" + syllable));
    }
    CHECK(visit.state.session.draft == "ትግራይ");
    REQUIRE(visit.tap("key/latin"));
    CHECK(visit.screen().has("key/char/q"));
}

TEST_CASE("the date picker gives an ISO date from day, month and year, with month names in the visitor's language")
{
    Visit visit;
    REQUIRE(visit.tap("lang/nl"));
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    REQUIRE(visit.tap("nav/start"));
    ui::test::skipTo(visit, "birth_date");
    ScreenDescription screen = visit.screen();
    CHECK(screen.has("nav/dont_know"));
    CHECK_FALSE(screen.has("key/char/1"));
    REQUIRE(visit.tap("date/day/30"));
    CHECK(visit.state.ui.datePart == DatePart::Month);
    screen = visit.screen();
    CHECK(shownText(screen, "date/month/7") == "juli");
    REQUIRE(visit.tap("date/month/7"));
    screen = visit.screen();
    // Not in the future: the years end with this one.
    CHECK(screen.has("date/decade/2020"));
    CHECK_FALSE(screen.has("date/decade/2030"));
    CHECK(screen.has("date/year/2026"));
    CHECK_FALSE(screen.has("date/year/2027"));
    CHECK(visit.state.session.draft.empty());
    REQUIRE(visit.tap("date/decade/1980"));
    REQUIRE(visit.tap("date/year/1985"));
    CHECK(visit.state.session.draft == "1985-07-30");
    CHECK(shownText(visit.screen(), "answer/field") == "30 juli 1985");
    // Another day keeps month and year.
    REQUIRE(visit.tap("date/tab/day"));
    REQUIRE(visit.tap("date/day/12"));
    CHECK(visit.state.session.draft == "1985-07-12");
    REQUIRE(visit.tap("nav/next"));
    CHECK_FALSE(visit.state.session.problem);
    CHECK(visit.state.session.answers.at("birth_date").value.asDate() == core::Date::fromYmd(1985, 7, 12));
}

TEST_CASE("the date picker in Arabic names the months in Arabic; an impossible day is caught")
{
    Visit visit;
    REQUIRE(visit.tap("lang/ar"));
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    REQUIRE(visit.tap("nav/start"));
    ui::test::skipTo(visit, "birth_date");
    REQUIRE(visit.tap("date/tab/month"));
    CHECK(shownText(visit.screen(), "date/month/7") == "يوليو");
    REQUIRE(visit.tap("date/tab/day"));
    REQUIRE(visit.tap("date/day/31"));
    REQUIRE(visit.tap("date/month/2"));
    REQUIRE(visit.tap("date/decade/1990"));
    REQUIRE(visit.tap("date/year/1990"));
    REQUIRE(visit.tap("nav/next"));
    REQUIRE(visit.state.session.problem);
    CHECK(visit.state.session.problem->messageKey == "validation.date");
}

TEST_CASE("the national register number is shown in its groups and checked once complete")
{
    Visit visit;
    REQUIRE(visit.tap("lang/nl"));
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    REQUIRE(visit.tap("nav/start"));
    ui::test::skipTo(visit, "nrn");
    REQUIRE(visit.typeKeys("8507300"));
    CHECK(shownText(visit.screen(), "answer/field") == "85.07.30-0");
    CHECK_FALSE(visit.screen().has("answer/problem"));
    REQUIRE(visit.typeKeys("3329"));
    CHECK(shownText(visit.screen(), "answer/field") == "85.07.30-033.29");
    CHECK(visit.screen().has("answer/problem")); // a wrong check digit shows before Next
    REQUIRE(visit.tap("key/backspace"));
    REQUIRE(visit.typeKeys("8"));
    CHECK_FALSE(visit.screen().has("answer/problem"));
    CHECK(visit.state.session.draft == "85073003328");
    REQUIRE(visit.tap("nav/next"));
    CHECK(visit.state.session.answers.at("nrn").value.asText() != nullptr);
    CHECK(*visit.state.session.answers.at("nrn").value.asText() == "85073003328");
}

TEST_CASE("the IBAN is shown in groups of four, typed with letters and digits, and checked once complete")
{
    Visit visit = ui::test::atFreeText("nl");
    ui::test::skipTo(visit, "phone");
    REQUIRE(visit.tap("key/symbols"));
    REQUIRE(visit.tap("key/char/B"));
    REQUIRE(visit.tap("key/char/E"));
    REQUIRE(visit.tap("key/symbols"));
    REQUIRE(visit.typeKeys("71096123456760"));
    CHECK(shownText(visit.screen(), "answer/field") == "BE71 0961 2345 6760");
    REQUIRE(visit.screen().has("answer/problem"));
    CHECK(shownText(visit.screen(), "answer/problem").find("rekeningnummer") != std::string::npos);
    REQUIRE(visit.tap("key/backspace"));
    REQUIRE(visit.typeKeys("9"));
    CHECK_FALSE(visit.screen().has("answer/problem"));
    REQUIRE(visit.tap("nav/next"));
    CHECK_FALSE(visit.state.session.problem);
    REQUIRE(visit.state.session.answers.at("phone").value.asText() != nullptr);
    CHECK(*visit.state.session.answers.at("phone").value.asText() == "BE71 0961 2345 6769");
}

TEST_CASE("removing a household member asks first")
{
    Visit visit;
    REQUIRE(visit.tap("lang/nl"));
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    REQUIRE(visit.tap("nav/start"));
    ui::test::skipTo(visit, "lives_with_others");
    REQUIRE(visit.tap("answer/yes"));
    REQUIRE(visit.tap("member/add"));
    REQUIRE(visit.typeKeys("Youssef"));
    while (visit.state.session.step && visit.state.session.step->member) {
        REQUIRE(visit.tap(visit.screen().has("nav/dont_know") ? "nav/dont_know" : "nav/next"));
    }
    REQUIRE(visit.screen().has("member/edit/0"));
    REQUIRE(visit.tap("member/remove/0"));
    const ScreenDescription asking = visit.screen();
    CHECK(asking.has("dialog/remove_yes"));
    CHECK(asking.has("member/edit/0"));
    CHECK_FALSE(visit.tap("nav/next")); // the dialog covers the screen
    REQUIRE(visit.tap("dialog/remove_no"));
    CHECK(visit.screen().has("member/edit/0"));
    REQUIRE(visit.tap("member/remove/0"));
    REQUIRE(visit.tap("dialog/remove_yes"));
    CHECK_FALSE(visit.screen().has("member/edit/0"));
    CHECK_FALSE(visit.screen().has("dialog/remove_yes"));
}
