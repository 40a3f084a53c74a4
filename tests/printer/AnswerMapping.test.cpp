#include "printer/AnswerMapping.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace helder;
using printer::FieldValue;

namespace {

core::Question question(std::string id, core::QuestionType type, core::PdfMapping mapping)
{
    core::Question q;
    q.id = std::move(id);
    q.type = type;
    q.pdf = std::move(mapping);
    return q;
}

core::FieldRef ref(std::string name)
{
    return core::FieldRef{std::move(name), {}};
}

core::Answer given(core::Value value)
{
    core::Answer answer;
    answer.value = std::move(value);
    return answer;
}

const FieldValue* find(const printer::MappedAnswers& mapped, const std::string& name)
{
    const auto found = std::find_if(mapped.fields.begin(), mapped.fields.end(),
                                    [&](const FieldValue& value) { return value.name == name; });
    return found == mapped.fields.end() ? nullptr : &*found;
}

std::string textOf(const printer::MappedAnswers& mapped, const std::string& name)
{
    const FieldValue* value = find(mapped, name);
    REQUIRE_MESSAGE(value != nullptr, "no value for " << name);
    REQUIRE(std::holds_alternative<std::string>(value->value));
    return std::get<std::string>(value->value);
}

bool ticked(const printer::MappedAnswers& mapped, const std::string& name)
{
    const FieldValue* value = find(mapped, name);
    REQUIRE_MESSAGE(value != nullptr, "no value for " << name);
    REQUIRE(std::holds_alternative<bool>(value->value));
    return std::get<bool>(value->value);
}

struct Fixture {
    core::Template form;
    core::Session session;

    Fixture()
    {
        form.officialLanguage = "nl";
        form.items.emplace_back(question("first_name", core::QuestionType::ShortText, core::TextMapping{ref("Voornaam"), {}}));
        form.items.emplace_back(question("street", core::QuestionType::ShortText, core::TextMapping{ref("Straat"), {}}));
        form.items.emplace_back(question("birth", core::QuestionType::Date,
                                         core::DateSplitMapping{ref("Geb.D"), ref("Geb.M"), ref("Geb.J")}));
        form.items.emplace_back(question("income", core::QuestionType::Money, core::TextMapping{ref("Inkomen"), {}}));
        form.items.emplace_back(question("works", core::QuestionType::YesNo, core::CheckboxMapping{ref("Werk.Nee"), false}));
        core::Question status = question("status", core::QuestionType::SingleChoice,
                                         core::RadioMapping{ref("Statuut"), {{"leefloon", "Leefloon"}, {"other", "Andere"}}});
        status.choices = {{"leefloon", {}}, {"other", {}}};
        form.items.emplace_back(status);
        core::Question interests = question("interests", core::QuestionType::MultipleChoice,
            core::CheckboxesMapping{{{"sport", ref("Int.Sport")}, {"culture", ref("Int.Cultuur")}}});
        interests.choices = {{"sport", {}}, {"culture", {}}};
        form.items.emplace_back(interests);
        form.items.emplace_back(question("iban", core::QuestionType::Iban,
            core::SplitMapping{{{ref("IBAN.1"), 4}, {ref("IBAN.2"), 4}, {ref("IBAN.3"), std::nullopt}}}));
        core::Group household;
        household.id = "household";
        household.repeat = core::RepeatRange{0, 6};
        household.questions.push_back(question("member_name", core::QuestionType::ShortText,
                                               core::TextMapping{ref("Gezin.{n}.Naam"), {}}));
        form.items.emplace_back(household);

        session.answers["first_name"] = given(core::Value("Łódź"));
        session.answers["street"] = given(core::Value("شارع المدينة"));
        session.answers["birth"] = given(core::Value(*core::Date::fromYmd(1985, 3, 4)));
        session.answers["income"] = given(core::Value(*core::Decimal::parse("1234.5")));
        session.answers["works"] = given(core::Value(false));
        session.answers["status"] = given(core::Value("other"));
        session.answers["interests"] = given(core::Value(core::Choices{"culture"}));
        session.answers["iban"] = given(core::Value("BE71096123456769"));
        core::AnswerMap first;
        first["member_name"] = given(core::Value("Amina"));
        core::AnswerMap second;
        second["member_name"] = given(core::Value("Jan"));
        session.members["household"] = {first, second};
    }
};

} // namespace

TEST_CASE("answers become field values through every mapping kind")
{
    Fixture fixture;
    const core::SessionView view(fixture.form, fixture.session);
    const printer::MappedAnswers mapped = printer::mapAnswers(view);

    CHECK(textOf(mapped, "Voornaam") == "Łódź");
    CHECK(textOf(mapped, "Geb.D") == "04");
    CHECK(textOf(mapped, "Geb.M") == "03");
    CHECK(textOf(mapped, "Geb.J") == "1985");
    CHECK(textOf(mapped, "Inkomen") == "1.234,50");
    CHECK(ticked(mapped, "Werk.Nee"));  // "when": false ticks on "no"
    CHECK(textOf(mapped, "Statuut") == "Andere");
    CHECK(ticked(mapped, "Int.Cultuur"));
    CHECK_FALSE(ticked(mapped, "Int.Sport"));
    CHECK(textOf(mapped, "IBAN.1") == "BE71");
    CHECK(textOf(mapped, "IBAN.2") == "0961");
    CHECK(textOf(mapped, "IBAN.3") == "23456769");
    CHECK(textOf(mapped, "Gezin.1.Naam") == "Amina");
    CHECK(textOf(mapped, "Gezin.2.Naam") == "Jan");
}

TEST_CASE("free text in another script is left for the worker, unless the form says fill")
{
    Fixture fixture;
    {
        const core::SessionView view(fixture.form, fixture.session);
        const printer::MappedAnswers mapped = printer::mapAnswers(view);
        CHECK(find(mapped, "Straat") == nullptr);
        REQUIRE(mapped.forWorker.size() == 1);
        CHECK(mapped.forWorker.front().questionId == "street");
        CHECK(mapped.forWorker.front().answer == "شارع المدينة");
    }
    std::get<core::Question>(fixture.form.items[1]).otherScript = core::OtherScriptPolicy::Fill;
    const core::SessionView view(fixture.form, fixture.session);
    const printer::MappedAnswers mapped = printer::mapAnswers(view);
    CHECK(textOf(mapped, "Straat") == "شارع المدينة");
    CHECK(mapped.forWorker.empty());
}

TEST_CASE("overlay mappings give positioned texts, a row further per household member")
{
    core::Template form;
    core::OverlayMapping overlay;
    overlay.page = 2;
    overlay.x = 72;
    overlay.y = 600;
    overlay.width = 200;
    overlay.height = 18;
    overlay.rowStep = -22;
    core::Group household;
    household.id = "household";
    household.repeat = core::RepeatRange{0, 6};
    household.questions.push_back(question("member_birth", core::QuestionType::Date, overlay));
    form.items.emplace_back(household);
    core::Session session;
    core::AnswerMap first;
    first["member_birth"] = given(core::Value(*core::Date::fromYmd(2001, 12, 25)));
    core::AnswerMap second;
    second["member_birth"] = given(core::Value(*core::Date::fromYmd(2010, 1, 2)));
    session.members["household"] = {first, second};

    const core::SessionView view(form, session);
    const printer::MappedAnswers mapped = printer::mapAnswers(view);
    REQUIRE(mapped.overlays.size() == 2);
    CHECK(mapped.overlays[0].text == "25/12/2001");
    CHECK(mapped.overlays[0].y == doctest::Approx(600));
    CHECK(mapped.overlays[1].text == "02/01/2010");
    CHECK(mapped.overlays[1].y == doctest::Approx(578));
    CHECK(mapped.overlays[1].page == 2);
}

TEST_CASE("script detection: digits and punctuation are shared, letters are not")
{
    CHECK_FALSE(printer::hasNonLatinLetters("Rue de l'Église 12 (bus 3)!"));
    CHECK(printer::hasNonLatinLetters("Київ"));
    CHECK(printer::hasNonLatinLetters("12 محمد"));
    CHECK(printer::hasNonLatinLetters("ትግራይ"));
}
