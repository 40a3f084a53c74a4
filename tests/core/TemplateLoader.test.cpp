#include "core/TemplateLoader.hpp"
#include "storage/FormFolder.hpp"
#include "storage/TextFile.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <utility>
#include <vector>

using namespace helder::core;
using helder::test::fixture;

template <>
struct doctest::StringMaker<SourcePosition> {
    static String convert(const SourcePosition& position)
    {
        return (std::to_string(position.line) + ':' + std::to_string(position.column)).c_str();
    }
};

namespace {

std::filesystem::path templateFolder(const std::string& name)
{
    return fixture("templates/" + name);
}

std::string fileIn(const std::string& folder, const std::string& relative)
{
    return (templateFolder(folder) / relative).generic_string();
}

TemplateSources sourcesOf(const std::string& name)
{
    auto sources = helder::storage::readFormFolder(templateFolder(name));
    REQUIRE(sources.has_value());
    return *sources;
}

TemplateLoad loadFixture(const std::string& name)
{
    return loadTemplate(sourcesOf(name));
}

std::string describe(const Diagnostics& diagnostics)
{
    std::string text;
    for (const auto& diagnostic : diagnostics) {
        text += formatDiagnostic(diagnostic) + '\n';
    }
    return text;
}

// The valid acroform fixture with one piece of text replaced (which must occur exactly once).
struct Edit {
    std::string file; // "form.json", "texts/nl.json", "texts/fr.json"
    std::string from;
    std::string to;
};

TemplateLoad loadEdited(const std::vector<Edit>& edits)
{
    TemplateSources sources = sourcesOf("valid-acroform");
    for (const Edit& edit : edits) {
        SourceFile* file = &sources.form;
        for (auto& texts : sources.texts) {
            if (texts.name.ends_with(edit.file)) {
                file = &texts;
            }
        }
        REQUIRE(file->name.ends_with(edit.file));
        const auto at = file->text.find(edit.from);
        REQUIRE_MESSAGE(at != std::string::npos, edit.from);
        REQUIRE_MESSAGE(file->text.find(edit.from, at + 1) == std::string::npos, edit.from);
        file->text.replace(at, edit.from.size(), edit.to);
    }
    return loadTemplate(sources);
}

// Exactly one diagnostic, an error with this code and JSON path; returned for further checks.
Diagnostic onlyError(const TemplateLoad& load, const std::string& code, const std::string& jsonPath)
{
    INFO(describe(load.diagnostics));
    CHECK_FALSE(load.form.has_value());
    REQUIRE(load.diagnostics.size() == 1);
    const Diagnostic& diagnostic = load.diagnostics.front();
    CHECK(diagnostic.severity == Severity::Error);
    CHECK(diagnostic.code == code);
    CHECK(diagnostic.jsonPath == jsonPath);
    return diagnostic;
}

Diagnostic onlyEditError(const std::vector<Edit>& edits, const std::string& code, const std::string& jsonPath)
{
    return onlyError(loadEdited(edits), code, jsonPath);
}

// A fresh empty folder under the system's temporary folder, removed at the end of the test.
class TemporaryFolder {
public:
    TemporaryFolder()
    {
        static int counter = 0;
        m_path = std::filesystem::temp_directory_path()
            / ("helder-loader-test-" + std::to_string(std::random_device{}()) + '-' + std::to_string(++counter));
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TemporaryFolder() { std::filesystem::remove_all(m_path); }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

    void write(const std::string& relative, const std::string& text) const
    {
        std::filesystem::create_directories((m_path / relative).parent_path());
        std::ofstream(m_path / relative, std::ios::binary) << text;
    }

private:
    std::filesystem::path m_path;
};

} // namespace

TEST_CASE("question types round-trip through their names")
{
    for (int i = 0; i <= static_cast<int>(QuestionType::Email); ++i) {
        const auto type = static_cast<QuestionType>(i);
        // Extra parentheses: doctest would stringify a QuestionType with helder::core::toString (ADL).
        CHECK((questionTypeFromString(toString(type)) == type));
    }
    CHECK(std::string(toString(QuestionType::NationalRegisterNumber)) == "national_register_number");
    CHECK_FALSE(questionTypeFromString("text").has_value());
    CHECK(isFreeText(QuestionType::LongText));
    CHECK_FALSE(isFreeText(QuestionType::Email));
}

TEST_CASE("the valid acroform fixture loads without any diagnostic")
{
    const TemplateLoad load = loadFixture("valid-acroform");
    INFO(describe(load.diagnostics));
    REQUIRE(load.diagnostics.empty());
    REQUIRE(load.form.has_value());
    const Template& form = *load.form;

    CHECK(form.id == "valid-acroform");
    CHECK(form.version == "2026.1");
    CHECK(form.validFrom == *Date::parseIso("2026-01-01"));
    CHECK(form.validUntil == Date::parseIso("2027-12-31"));
    CHECK(form.model);
    CHECK(form.officialLanguage == "nl");
    CHECK(form.icon == "confirmation_number");
    CHECK(form.directory == templateFolder("valid-acroform").generic_string());
    CHECK(form.isValidOn(*Date::parseIso("2026-01-01")));
    CHECK_FALSE(form.isValidOn(*Date::parseIso("2025-12-31")));
    CHECK_FALSE(form.isValidOn(*Date::parseIso("2028-01-01")));

    CHECK(form.pdf.file == "form.pdf");
    CHECK(form.pdf.mode == PdfMode::AcroForm);
    CHECK(form.pdf.maxLen == MaxLenPolicy::Truncate);
    REQUIRE(form.pdf.ignore.size() == 1);
    CHECK(form.pdf.ignore[0].name == "Office.Stamp");
    CHECK(form.pdf.ignore[0].origin.file == fileIn("valid-acroform", "form.json"));
    CHECK(form.pdf.ignore[0].origin.jsonPath == "/pdf/ignore/0");
    CHECK(form.pdf.ignore[0].origin.position == SourcePosition{13, 16});
    CHECK(form.pdf.origin.position == SourcePosition{10, 13});

    REQUIRE(form.documents.size() == 2);
    CHECK_FALSE(form.documents[0].showIf.has_value());
    REQUIRE(form.documents[1].showIf.has_value());
    CHECK(form.documents[1].showIf->source() == "has_income");

    REQUIRE(form.items.size() == 7);
    const Question* firstName = form.findQuestion("first_name");
    REQUIRE(firstName != nullptr);
    CHECK((firstName->type == QuestionType::ShortText));
    CHECK(firstName->latinOnly);
    CHECK(firstName->maxLength == std::optional<std::size_t>(40));
    CHECK(firstName->required);
    CHECK(firstName->dontKnowAllowed);
    CHECK(firstName->example == Value("Amina"));
    CHECK(firstName->origin.jsonPath == "/questions/0");
    REQUIRE(firstName->pdf.has_value());
    const auto& text = std::get<TextMapping>(*firstName->pdf);
    CHECK(text.field.name == "Voornaam");
    CHECK(text.maxLen == MaxLenPolicy::Error);
    CHECK(text.field.origin.jsonPath == "/questions/0/pdf/field");
    CHECK(text.field.origin.position == SourcePosition{21, 25});

    const Question* birthDate = form.findQuestion("birth_date");
    REQUIRE(birthDate != nullptr);
    CHECK(birthDate->notInFuture);
    CHECK(birthDate->example == Value(*Date::parseIso("1985-03-14")));
    REQUIRE(birthDate->rules.size() == 1);
    CHECK(birthDate->rules[0].id == "plausible_age");
    const auto& date = std::get<DateSplitMapping>(*birthDate->pdf);
    CHECK(date.day.name == "Geb.D");
    CHECK(date.month.name == "Geb.M");
    CHECK(date.year.name == "Geb.J");
    CHECK(date.year.origin.jsonPath == "/questions/1/pdf/date/year");

    CHECK(form.findQuestion("national_number")->example == Value("85031412302"));

    const Question* status = form.findQuestion("status");
    REQUIRE(status != nullptr);
    REQUIRE(status->choices.size() == 3);
    CHECK(status->choices[0].icon == "payments");
    CHECK(status->choices[1].icon.empty());
    const auto& radio = std::get<RadioMapping>(*status->pdf);
    CHECK(radio.group.name == "Statuut");
    CHECK(radio.options == std::vector<std::pair<std::string, std::string>>{
        {"income_guarantee", "IGO"}, {"leefloon", "Leefloon"}, {"other", "Andere"}});

    const Question* hasIncome = form.findQuestion("has_income");
    CHECK_FALSE(hasIncome->dontKnowAllowed);
    CHECK(hasIncome->example == Value(true));
    CHECK(std::get<CheckboxMapping>(*hasIncome->pdf).tickWhen);

    const Question* income = form.findQuestion("income");
    REQUIRE(income->showIf.has_value());
    CHECK(income->min == Value(Decimal::fromInt(0)));
    CHECK(income->example == Value(*Decimal::parse("1250")));

    const Group* household = form.findGroup("household");
    REQUIRE(household != nullptr);
    REQUIRE(household->repeat.has_value());
    CHECK(household->repeat->min == 0);
    CHECK(household->repeat->max == 4);
    CHECK(household->exampleCount == 2);
    REQUIRE(household->questions.size() == 2);
    CHECK(form.groupOf("member_income") == household);
    CHECK(form.groupOf("income") == nullptr);
    CHECK_FALSE(form.findQuestion("member_income")->required);
    CHECK(std::get<TextMapping>(*household->questions[0].pdf).field.name == "Gezin.Naam.{n}");

    REQUIRE(form.computed.size() == 2);
    const Computed* persons = form.findComputed("persons");
    REQUIRE(persons != nullptr);
    CHECK(persons->expr.source() == "count(household) + 1");
    CHECK(std::get<TextMapping>(*persons->pdf).field.name == "Aantal");
    CHECK_FALSE(form.findComputed("household_income")->pdf.has_value());
    CHECK(form.findComputed("missing") == nullptr);

    REQUIRE(form.rightsHints.size() == 1);
    CHECK(form.rightsHints[0].id == "social_energy_tariff");

    CHECK(form.languages() == std::vector<std::string>{"fr", "nl"});
    CHECK(form.hasLanguage("fr"));
    CHECK_FALSE(form.hasLanguage("en"));
    const FormTexts& nl = form.texts.at("nl");
    CHECK(nl.file == fileIn("valid-acroform", "texts/nl.json"));
    CHECK(nl.title == "Proefformulier");
    CHECK(nl.reviewed.by == std::optional<std::string>("An Peeters"));
    CHECK(nl.reviewed.on == Date::parseIso("2026-11-20"));
    CHECK(nl.groups.at("household").member == "Persoon {n}");
    CHECK(nl.questions.at("status").choices.at("other") == "Iets anders");
    CHECK(nl.computed.at("persons") == "Aantal personen in het gezin");
    CHECK(nl.rules.at("plausible_age") == "Deze datum lijkt niet te kloppen.");
    CHECK(nl.rightsHints.at("social_energy_tariff") == "het sociaal tarief voor gas en elektriciteit");
    CHECK(nl.documents.at("income_proof") == "Een bewijs van je inkomen");
    const auto& audio = nl.questions.at("first_name").audio;
    REQUIRE(audio.has_value());
    CHECK(audio->path == "audio/nl/first_name.ogg");
    CHECK(audio->origin.file == fileIn("valid-acroform", "texts/nl.json"));
    CHECK(audio->origin.jsonPath == "/questions/first_name/audio");
    CHECK(audio->origin.position == SourcePosition{9, 64});
    CHECK_FALSE(form.texts.at("fr").questions.at("first_name").audio.has_value());
}

TEST_CASE("the valid overlay fixture loads with defaults resolved and an unreviewed warning")
{
    const TemplateLoad load = loadFixture("valid-overlay");
    INFO(describe(load.diagnostics));
    REQUIRE(load.form.has_value());
    REQUIRE(load.diagnostics.size() == 1);
    const Diagnostic& warning = load.diagnostics.front();
    CHECK(warning.severity == Severity::Warning);
    CHECK(warning.code == "not-reviewed");
    CHECK(warning.file == fileIn("valid-overlay", "texts/nl.json"));
    CHECK(warning.jsonPath == "/reviewed");
    CHECK(warning.position == SourcePosition{3, 15});

    const Template& form = *load.form;
    CHECK(form.pdf.mode == PdfMode::Overlay);
    CHECK(form.pdf.maxLen == MaxLenPolicy::Error);
    CHECK_FALSE(form.model);
    CHECK_FALSE(form.validUntil.has_value());
    CHECK(form.texts.at("nl").reviewed.by == std::nullopt);

    const auto& name = std::get<OverlayMapping>(*form.findQuestion("full_name")->pdf);
    CHECK(name.page == 1);
    CHECK(name.x == 72);
    CHECK(name.y == 640);
    CHECK(name.width == 250);
    CHECK(name.height == 18);
    CHECK(name.fontSize == 11);
    CHECK(name.align == Alignment::Start);
    CHECK(name.rowStep == 0);
    CHECK(name.origin.jsonPath == "/questions/0/pdf/overlay");
    CHECK(name.origin.position == SourcePosition{10, 27});

    const Question* moved = form.findQuestion("moved");
    CHECK(moved->example == Value(false));
    const auto& box = std::get<OverlayMapping>(*moved->pdf);
    CHECK(box.fontSize == 10);
    CHECK(box.align == Alignment::Center);
    CHECK(box.text == std::vector<std::pair<std::string, std::string>>{{"no", ""}, {"yes", "X"}});

    const Group* children = form.findGroup("children");
    REQUIRE(children != nullptr);
    CHECK(children->exampleCount == 1);
    const auto& row = std::get<OverlayMapping>(*children->questions[0].pdf);
    CHECK(row.page == 2);
    CHECK(row.rowStep == -22);
}

TEST_CASE("broken fixture: a JSON syntax error")
{
    const Diagnostic error = onlyError(loadFixture("broken-json"), "json-syntax", "");
    CHECK(error.file == fileIn("broken-json", "form.json"));
    CHECK(error.position == SourcePosition{7, 3});
}

TEST_CASE("broken fixture: an unknown key is reported at the key")
{
    const Diagnostic error = onlyError(loadFixture("broken-unknown-key"), "unknown-key", "/questions/4/dont_knwo");
    CHECK(error.file == fileIn("broken-unknown-key", "form.json"));
    CHECK(error.position == SourcePosition{30, 45});
    CHECK(error.message.find("did you mean \"dont_know\"") != std::string::npos);
}

TEST_CASE("broken fixture: an unknown question type lists the valid ones")
{
    const Diagnostic error = onlyError(loadFixture("broken-type"), "unknown-type", "/questions/2/type");
    CHECK(error.file == fileIn("broken-type", "form.json"));
    CHECK(error.position == SourcePosition{25, 40});
    CHECK(error.message.find("national_register_number") != std::string::npos);
}

TEST_CASE("broken fixture: an expression that does not parse points into the string")
{
    const Diagnostic error = onlyError(loadFixture("broken-expression"), "expression-syntax", "/questions/5/show_if");
    CHECK(error.file == fileIn("broken-expression", "form.json"));
    CHECK(error.position == SourcePosition{32, 67});
}

TEST_CASE("broken fixture: a condition naming a missing question")
{
    const Diagnostic error = onlyError(loadFixture("broken-reference"), "unknown-question", "/questions/5/show_if");
    CHECK(error.file == fileIn("broken-reference", "form.json"));
    CHECK(error.position == SourcePosition{32, 52});
    CHECK(error.message.find("did you mean \"has_income\"") != std::string::npos);
}

TEST_CASE("broken fixture: a missing translation names the key and its parent's position")
{
    const Diagnostic error = onlyError(loadFixture("broken-translation"), "missing-translation",
                                       "/questions/income/help");
    CHECK(error.file == fileIn("broken-translation", "texts/fr.json"));
    CHECK(error.position == SourcePosition{18, 15});
}

TEST_CASE("form.json: types, ids and structure")
{
    SUBCASE("a value of the wrong JSON type") {
        const auto error = onlyEditError({{"form.json", "\"model\": true", "\"model\": \"yes\""}}, "wrong-type", "/model");
        CHECK(error.position == SourcePosition{6, 12});
    }
    SUBCASE("a missing required key points at its parent object") {
        const auto error = onlyEditError({{"form.json", "  \"icon\": \"confirmation_number\",\n", ""}},
                                         "missing-key", "/icon");
        CHECK(error.position == SourcePosition{1, 1});
    }
    SUBCASE("unknown keys at the top level and in a group") {
        onlyEditError({{"form.json", "\"model\": true", "\"modle\": true"}}, "unknown-key", "/modle");
        onlyEditError({{"form.json", "\"example_count\": 2", "\"example_count\": 2, \"min\": 1"}},
                      "unknown-key", "/questions/6/min");
    }
    SUBCASE("the form id must be the folder's name") {
        onlyEditError({{"form.json", "\"id\": \"valid-acroform\"", "\"id\": \"other-form\""}}, "bad-value", "/id");
        onlyEditError({{"form.json", "\"id\": \"valid-acroform\"", "\"id\": \"Valid_Acroform\""}}, "invalid-id", "/id");
    }
    SUBCASE("question ids: syntax, reserved words and uniqueness across questions, groups and computed") {
        onlyEditError({{"form.json", "\"id\": \"first_name\"", "\"id\": \"First-name\""},
                       {"texts/nl.json", "\"first_name\":", "\"First-name\":"},
                       {"texts/fr.json", "\"first_name\":", "\"First-name\":"}},
                      "invalid-id", "/questions/0/id");
        onlyEditError({{"form.json", "\"id\": \"household_income\"", "\"id\": \"value\""},
                       {"texts/nl.json", "\"household_income\":", "\"value\":"},
                       {"texts/fr.json", "\"household_income\":", "\"value\":"}},
                      "invalid-id", "/computed/1/id");
        const auto error = onlyEditError({{"form.json", "\"id\": \"household_income\"", "\"id\": \"income\""},
                                          {"texts/nl.json", ", \"household_income\": \"Inkomen van het gezin\"", ""},
                                          {"texts/fr.json", ", \"household_income\": \"Revenu du ménage\"", ""}},
                                         "duplicate-id", "/computed/1/id");
        CHECK(error.message.find("line 32") != std::string::npos);
    }
    SUBCASE("choice ids are unique within their question") {
        onlyEditError({{"form.json", "{ \"id\": \"other\" }", "{ \"id\": \"leefloon\" }"},
                       {"form.json", ", \"other\": \"Andere\"", ""},
                       {"texts/nl.json", ",\n                             \"other\": \"Iets anders\"", ""},
                       {"texts/fr.json", ",\n                             \"other\": \"Autre chose\"", ""}},
                      "duplicate-id", "/questions/3/choices/2/id");
    }
    SUBCASE("choices exactly for choice types") {
        onlyEditError({{"form.json", "\"max_length\": 40,", "\"max_length\": 40, \"choices\": [ { \"id\": \"a\" } ],"}},
                      "bad-value", "/questions/0/choices");
    }
    SUBCASE("repeat min above max") {
        onlyEditError({{"form.json", "\"repeat\": { \"min\": 0, \"max\": 4 }, \"example_count\": 2",
                        "\"repeat\": { \"min\": 5, \"max\": 4 }, \"example_count\": 2"}},
                      "bad-value", "/questions/6/repeat/max");
    }
    SUBCASE("min and max per type") {
        onlyEditError({{"form.json", "\"min\": \"0\"", "\"min\": \"zero\""}}, "bad-value", "/questions/5/min");
        onlyEditError({{"form.json", "\"min\": \"0\"", "\"min\": \"2000\", \"max\": \"100\""},
                       {"form.json", "\"example\": \"1250.00\"", "\"example\": \"1000.00\""}},
                      "bad-value", "/questions/5/max");
        onlyEditError({{"form.json", "\"not_in_future\": true", "\"min\": \"1900-01-01\", \"max\": \"1950-01-01\""}},
                      "bad-example", "/questions/1/example");
        onlyEditError({{"form.json", "\"latin_only\": true", "\"min\": \"1\""}}, "bad-value", "/questions/0/min");
    }
    SUBCASE("options that do not apply to the type") {
        onlyEditError({{"form.json", "\"not_in_future\": true", "\"allow_negative\": true"}},
                      "bad-value", "/questions/1/allow_negative");
    }
    SUBCASE("icon names") {
        onlyEditError({{"form.json", "\"icon\": \"confirmation_number\"", "\"icon\": \"Confirmation Number\""}},
                      "bad-value", "/icon");
        onlyEditError({{"form.json", "\"icon\": \"payments\"", "\"icon\": \"pay-ments\""}},
                      "bad-value", "/questions/3/choices/0/icon");
    }
    SUBCASE("valid_from after valid_until") {
        onlyEditError({{"form.json", "\"valid_until\": \"2027-12-31\"", "\"valid_until\": \"2025-12-31\""}},
                      "bad-value", "/valid_until");
    }
    SUBCASE("a PDF file outside the form's folder") {
        onlyEditError({{"form.json", "\"file\": \"form.pdf\"", "\"file\": \"../form.pdf\""}}, "bad-value", "/pdf/file");
    }
}

TEST_CASE("form.json: example answers are canonical and pass the type's check")
{
    SUBCASE("missing") {
        onlyEditError({{"form.json", ", \"example\": \"Amina\"", ""}}, "missing-key", "/questions/0/example");
    }
    SUBCASE("a national register number with wrong check digits") {
        const auto error = onlyEditError({{"form.json", "\"85031412302\"", "\"85031412345\""}},
                                         "bad-example", "/questions/2/example");
        CHECK(error.position == SourcePosition{25, 79});
    }
    SUBCASE("not in canonical form") {
        const auto error = onlyEditError({{"form.json", "\"example\": \"1250.00\"", "\"example\": \"1250\""}},
                                         "bad-example", "/questions/5/example");
        CHECK(error.message.find("1250.00") != std::string::npos);
        onlyEditError({{"form.json", "\"85031412302\"", "\"85.03.14-123.02\""}}, "bad-example", "/questions/2/example");
    }
    SUBCASE("of the wrong JSON type, or not one of the choices") {
        onlyEditError({{"form.json", "\"example\": true", "\"example\": \"yes\""}}, "bad-example", "/questions/4/example");
        onlyEditError({{"form.json", "\"example\": \"leefloon\"", "\"example\": \"pension\""}},
                      "bad-example", "/questions/3/example");
    }
    SUBCASE("empty") {
        onlyEditError({{"form.json", "\"example\": \"Amina\"", "\"example\": \"\""}}, "bad-example", "/questions/0/example");
    }
    SUBCASE("longer than max_length") {
        onlyEditError({{"form.json", "\"max_length\": 40", "\"max_length\": 3"}}, "bad-example", "/questions/0/example");
    }
}

TEST_CASE("form.json: expressions name what exists, in scope")
{
    SUBCASE("`value` only in rules") {
        const auto error = onlyEditError({{"form.json", "\"show_if\": \"has_income\", \"min\"",
                                           "\"show_if\": \"value > 0\", \"min\""}},
                                         "unknown-question", "/questions/5/show_if");
        CHECK(error.position == SourcePosition{32, 52});
    }
    SUBCASE("a member of a repeating group read from outside it") {
        onlyEditError({{"form.json", "\"income + sum(household, member_income)\"", "\"income + member_income\""}},
                      "unknown-question", "/computed/1/expr");
    }
    SUBCASE("count over something that is not a repeating group") {
        const auto error = onlyEditError({{"form.json", "\"count(household) + 1\"", "\"count(income) + 1\""}},
                                         "unknown-question", "/computed/0/expr");
        CHECK(error.position == SourcePosition{42, 39});
    }
    SUBCASE("a group's own condition cannot read its members") {
        onlyEditError({{"form.json", "\"example_count\": 2,", "\"example_count\": 2, \"show_if\": \"member_name != ''\","}},
                      "unknown-question", "/questions/6/show_if");
    }
    SUBCASE("computed values that depend on themselves") {
        onlyEditError({{"form.json", "\"count(household) + 1\"", "\"count(household) + household_income\""},
                       {"form.json", "\"income + sum(household, member_income)\"", "\"persons * 2\""}},
                      "bad-value", "/computed/0/expr");
    }
    SUBCASE("rights hints and documents are checked too") {
        onlyEditError({{"form.json", "\"status in ['leefloon', 'income_guarantee']\"", "\"statut in ['leefloon']\""}},
                      "unknown-question", "/rights_hints/0/when");
        onlyEditError({{"form.json", "{ \"id\": \"income_proof\", \"show_if\": \"has_income\" }",
                        "{ \"id\": \"income_proof\", \"show_if\": \"has_income ==\" }"}},
                      "expression-syntax", "/documents/1/show_if");
    }
}

TEST_CASE("form.json: mappings fit the question type and the PDF mode")
{
    SUBCASE("a checkbox for a text question") {
        onlyEditError({{"form.json", "\"field\": \"Voornaam\", \"maxlen\": \"error\"", "\"checkbox\": \"Voornaam\""}},
                      "bad-mapping", "/questions/0/pdf/checkbox");
    }
    SUBCASE("two kinds at once") {
        onlyEditError({{"form.json", "{ \"checkbox\": \"Inkomen.Ja\" }", "{ \"checkbox\": \"Inkomen.Ja\", \"field\": \"X\" }"}},
                      "bad-mapping", "/questions/4/pdf/checkbox");
    }
    SUBCASE("radio options must name exactly the choices") {
        const auto error = onlyEditError({{"form.json", ", \"other\": \"Andere\"", ""}}, "bad-mapping",
                                         "/questions/3/pdf/options/other");
        CHECK(error.position == SourcePosition{29, 47});
        onlyEditError({{"form.json", "\"other\": \"Andere\"", "\"others\": \"Andere\", \"other\": \"Andere\""}},
                      "bad-mapping", "/questions/3/pdf/options/others");
    }
    SUBCASE("a date split only for dates") {
        onlyEditError({{"form.json", "{ \"field\": \"Rijksregisternummer\" }",
                        "{ \"date\": { \"day\": \"D\", \"month\": \"M\", \"year\": \"Y\" } }"}},
                      "bad-mapping", "/questions/2/pdf/date");
    }
    SUBCASE("{n} only inside repeating groups, and always there") {
        onlyEditError({{"form.json", "\"Inkomen.Bedrag\"", "\"Inkomen.Bedrag.{n}\""}},
                      "bad-mapping", "/questions/5/pdf/field");
        onlyEditError({{"form.json", "\"Gezin.Naam.{n}\"", "\"Gezin.Naam\""}},
                      "bad-mapping", "/questions/6/questions/0/pdf/field");
    }
    SUBCASE("overlay only in overlay mode") {
        onlyEditError({{"form.json", "{ \"field\": \"Aantal\" }", "{ \"overlay\": { \"page\": 1, \"box\": [1, 2, 3, 4] } }"}},
                      "bad-mapping", "/computed/0/pdf/overlay");
    }
    SUBCASE("a companion key of another kind") {
        onlyEditError({{"form.json", "{ \"checkbox\": \"Inkomen.Ja\" }", "{ \"checkbox\": \"Inkomen.Ja\", \"maxlen\": \"error\" }"}},
                      "bad-mapping", "/questions/4/pdf/maxlen");
    }
}

TEST_CASE("texts files: complete, no unknown ids, the official language present")
{
    SUBCASE("a text for an id form.json does not have") {
        const auto error = onlyEditError({{"texts/nl.json", "\"computed\": { \"persons\"",
                                           "\"computed\": { \"people\": \"x\", \"persons\""}},
                                         "unknown-id", "/computed/people");
        CHECK(error.message.find("did you mean") == std::string::npos);
        CHECK(error.position == SourcePosition{24, 17});
    }
    SUBCASE("a missing choice label") {
        onlyEditError({{"texts/fr.json", ",\n                             \"other\": \"Autre chose\"", ""}},
                      "missing-translation", "/questions/status/choices/other");
    }
    SUBCASE("a missing section") {
        onlyEditError({{"texts/fr.json", "  \"rules\": { \"plausible_age\": \"Cette date ne semble pas correcte.\" },\n", ""}},
                      "missing-translation", "/rules");
    }
    SUBCASE("an empty text") {
        onlyEditError({{"texts/nl.json", "\"title\": \"Proefformulier\"", "\"title\": \" \""}},
                      "missing-translation", "/form/title");
    }
    SUBCASE("an unknown key in a question's texts") {
        onlyEditError({{"texts/nl.json", "\"audio\": \"audio/nl/first_name.ogg\"", "\"sound\": \"audio/nl/first_name.ogg\""}},
                      "unknown-key", "/questions/first_name/sound");
    }
    SUBCASE("language must match the file name") {
        onlyEditError({{"texts/fr.json", "\"language\": \"fr\"", "\"language\": \"nl\""}}, "bad-value", "/language");
    }
    SUBCASE("the official language file is required") {
        TemplateSources sources = sourcesOf("valid-acroform");
        std::erase_if(sources.texts, [](const SourceFile& file) { return file.name.ends_with("nl.json"); });
        const auto error = onlyError(loadTemplate(sources), "missing-translation", "/official_language");
        CHECK(error.file == fileIn("valid-acroform", "form.json"));
        CHECK(error.position == SourcePosition{7, 24});
    }
    SUBCASE("a syntax error in a texts file") {
        const auto error = onlyEditError({{"texts/fr.json", "\"language\": \"fr\",", "\"language\": \"fr\""}},
                                         "json-syntax", "");
        CHECK(error.file == fileIn("valid-acroform", "texts/fr.json"));
        CHECK(error.position.line == 3);
    }
}

TEST_CASE("storage: reading form folders")
{
    SUBCASE("a fixture folder: form.json and the texts in name order") {
        const auto sources = helder::storage::readFormFolder(templateFolder("valid-acroform"));
        REQUIRE(sources.has_value());
        CHECK(sources->directory == templateFolder("valid-acroform").generic_string());
        CHECK(sources->form.name == fileIn("valid-acroform", "form.json"));
        CHECK(sources->form.text.starts_with("{\n  \"id\": \"valid-acroform\""));
        REQUIRE(sources->texts.size() == 2);
        CHECK(sources->texts[0].name == fileIn("valid-acroform", "texts/fr.json"));
        CHECK(sources->texts[1].name == fileIn("valid-acroform", "texts/nl.json"));
    }
    SUBCASE("a folder without form.json") {
        TemporaryFolder folder;
        folder.write("texts/nl.json", "{}");
        const auto sources = helder::storage::readFormFolder(folder.path());
        REQUIRE_FALSE(sources.has_value());
        CHECK(sources.error().code == "missing-file");
        CHECK(sources.error().file == (folder.path() / "form.json").generic_string());
    }
    SUBCASE("an oversized file is refused") {
        TemporaryFolder folder;
        folder.write("form.json", "{}");
        folder.write("texts/nl.json", std::string(101, ' '));
        const auto sources = helder::storage::readFormFolder(folder.path(), 100);
        REQUIRE_FALSE(sources.has_value());
        CHECK(sources.error().code == "file-too-large");
        CHECK(sources.error().file == (folder.path() / "texts/nl.json").generic_string());
        CHECK(helder::storage::readFormFolder(folder.path(), 101).has_value());
        CHECK(helder::storage::readTextFile(folder.path() / "texts/nl.json", 101).value().size() == 101);
    }
    SUBCASE("no texts folder and non-JSON files in it are not errors here") {
        TemporaryFolder folder;
        folder.write("form.json", "{}");
        CHECK(helder::storage::readFormFolder(folder.path())->texts.empty());
        folder.write("texts/notes.txt", "x");
        CHECK(helder::storage::readFormFolder(folder.path())->texts.empty());
    }
    SUBCASE("listing the form folders skips hidden folders, schema and files") {
        TemporaryFolder forms;
        for (const char* name : {"b-form/form.json", "a-form/form.json", ".hidden/form.json", "schema/form.schema.json"}) {
            forms.write(name, "{}");
        }
        forms.write("README.md", "x");
        const auto folders = helder::storage::listFormFolders(forms.path());
        REQUIRE(folders.has_value());
        CHECK(*folders == std::vector<std::filesystem::path>{forms.path() / "a-form", forms.path() / "b-form"});
        CHECK(helder::storage::listFormFolders(forms.path() / "absent").error().code == "missing-file");
    }
    SUBCASE("every fixture folder is listed") {
        const auto folders = helder::storage::listFormFolders(fixture("templates"));
        REQUIRE(folders.has_value());
        CHECK(folders->size() == 8);
        CHECK(folders->front().filename() == "broken-expression");
    }
}

TEST_CASE("damaged files never crash the loader and always explain a refusal")
{
    const TemplateSources valid = sourcesOf("valid-acroform");
    auto check = [](const TemplateSources& sources) {
        const TemplateLoad load = loadTemplate(sources);
        CHECK(load.form.has_value() != hasErrors(load.diagnostics));
        for (const Diagnostic& diagnostic : load.diagnostics) {
            CHECK_FALSE(diagnostic.code.empty());
            CHECK_FALSE(diagnostic.file.empty());
        }
    };
    // One-character deletions all along form.json and the French texts.
    for (std::size_t at = 0; at < valid.form.text.size(); at += 2) {
        TemplateSources damaged = valid;
        damaged.form.text.erase(at, 1);
        check(damaged);
    }
    for (std::size_t at = 0; at < valid.texts[0].text.size(); at += 5) {
        TemplateSources damaged = valid;
        damaged.texts[0].text.erase(at, 1);
        check(damaged);
    }
}

TEST_CASE("diagnostics come file by file, top to bottom")
{
    const TemplateLoad load = loadEdited({{"texts/fr.json", "\"language\": \"fr\"", "\"language\": \"de\""},
                                          {"form.json", "\"Statuut\"", "\"Statuut.{n}\""},
                                          {"form.json", "\"show_if\": \"has_income\" }", "\"show_if\": \"has_incom\" }"}});
    INFO(describe(load.diagnostics));
    REQUIRE(load.diagnostics.size() == 3);
    // Names are resolved after every item is read, yet this one stands above the mapping.
    CHECK(load.diagnostics[0].jsonPath == "/documents/1/show_if");
    CHECK(load.diagnostics[1].jsonPath == "/questions/3/pdf/radio");
    CHECK(load.diagnostics[2].jsonPath == "/language");
    CHECK(load.diagnostics[2].file == fileIn("valid-acroform", "texts/fr.json"));
}

TEST_CASE("every form shipped in forms/ loads without errors")
{
    const auto folders = helder::storage::listFormFolders(helder::test::sourceDir() / "forms");
    REQUIRE(folders.has_value());
    CHECK_FALSE(folders->empty());
    for (const auto& folder : *folders) {
        const auto sources = helder::storage::readFormFolder(folder);
        REQUIRE_MESSAGE(sources.has_value(), folder.string());
        const TemplateLoad load = loadTemplate(*sources);
        INFO(describe(load.diagnostics));
        CHECK_MESSAGE(load.form.has_value(), folder.string());
    }
}

TEST_CASE("a form with more questions than a visit can hold is refused, with one message")
{
    std::string extra;
    for (int i = 0; i < 500; ++i) {
        extra += R"({ "id": "extra_)" + std::to_string(i) + R"(", "type": "yes_no", "example": true },)";
    }
    const TemplateLoad load = loadEdited({{"form.json", R"({ "id": "first_name")", extra + R"({ "id": "first_name")"}});
    CHECK_FALSE(load.form);
    REQUIRE(load.diagnostics.size() == 1);
    CHECK(load.diagnostics[0].code == "too-many-questions");
    CHECK(load.diagnostics[0].jsonPath == "/questions");
    CHECK(load.diagnostics[0].message.find("500") != std::string::npos);
}
