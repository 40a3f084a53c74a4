#include "tools/FieldsCommand.hpp"

#include "CommandRun.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>


using helder::tools::runFieldsCommand;

namespace {

using Run = helder::test::CommandRun;

Run runFields(const std::vector<std::string>& args)
{
    return helder::test::runCommand(runFieldsCommand, args);
}

std::string formPdf()
{
    return helder::test::fixture("printer/form.pdf").string();
}

} // namespace

TEST_CASE("fields: readable listing with kinds, flags, options, on-states and positions")
{
    const Run result = runFields({formPdf()});
    CHECK(result.code == 0);
    CHECK(result.err.empty());
    const std::string& out = result.out;
    CHECK(out.find("16 fields") != std::string::npos);
    CHECK(out.find("nationalNumber (text)\n  flags: comb\n  max length: 11\n") != std::string::npos);
    CHECK(out.find("gender (radio)\n  on-states: m, f, x\n") != std::string::npos);
    CHECK(out.find("agree (checkbox)\n  on-states: Ja\n") != std::string::npos);
    CHECK(out.find("options: \"Antwerpen\" (\"ANT\"), \"Liège\" (\"LIE\")\n") != std::string::npos);
    CHECK(out.find("options: \"nl\", \"fr\", \"en\"\n") != std::string::npos);
    CHECK(out.find("caseNumber (text)\n  flags: read-only, required\n  value: \"A-123\"\n") != std::string::npos);
    CHECK(out.find("notShown (text)\n  widget: on no page, x 50 y 50, 150 x 20\n") != std::string::npos);
    CHECK(out.find("widget: page 1, x 50 y 560, 250 x 80\n") != std::string::npos);
    CHECK(out.find("applicant.city (text)") != std::string::npos);
    CHECK(out.find("orphan (text)") != std::string::npos);
}

TEST_CASE("fields --json: one object per field for tools")
{
    const Run result = runFields({"--json", formPdf()});
    REQUIRE(result.code == 0);
    const auto document = nlohmann::json::parse(result.out);
    CHECK(document.at("file") == formPdf());
    const auto& fields = document.at("fields");
    REQUIRE(fields.size() == 16);
    const auto byName = [&](const std::string& name) {
        for (const auto& field : fields) {
            if (field.at("name") == name)
                return field;
        }
        FAIL("no field " << name);
        return nlohmann::json();
    };
    CHECK(byName("agree").at("exportValues") == nlohmann::json{"Ja"});
    CHECK(byName("agree").at("kind") == "checkbox");
    CHECK(byName("nationalNumber").at("maxLength") == 11);
    CHECK(byName("nationalNumber").at("comb") == true);
    CHECK(byName("name").at("maxLength").is_null());
    CHECK(byName("الاسم").at("tooltip") == "Naam 😀");
    const auto city = byName("applicant.city").at("widgets");
    REQUIRE(city.size() == 2);
    CHECK(city[1].at("page") == 2);
    CHECK(city[1].at("rect").at("width") == 250.0);
}

TEST_CASE("fields: a multi-select list box says so, in the listing and in --json")
{
    const std::string pdf = helder::test::fixture("printer/multi_select.pdf").string();
    CHECK(runFields({pdf}).out.find("languages (list)\n  tooltip: Languages spoken\n  flags: multi-select\n") != std::string::npos);
    const Run json = runFields({"--json", pdf});
    REQUIRE(json.code == 0);
    const auto fields = nlohmann::json::parse(json.out).at("fields");
    REQUIRE(fields.size() == 2);
    CHECK(fields[0].at("name") == "languages");
    CHECK(fields[0].at("multiSelect") == true);
    CHECK(fields[1].at("multiSelect") == false);
}

TEST_CASE("fields: usage errors exit 2, unreadable PDFs exit 1 with the reason on err")
{
    CHECK(runFields({}).code == 2);
    CHECK(runFields({formPdf(), formPdf()}).code == 2);
    const Run unknownOption = runFields({"--xml", formPdf()});
    CHECK(unknownOption.code == 2);
    CHECK(unknownOption.err.find("usage: helder-forms fields") != std::string::npos);
    CHECK(runFields({"--help"}).code == 0);

    const Run notPdf = runFields({helder::test::fixture("printer/not_a_pdf.pdf").string()});
    CHECK(notPdf.code == 1);
    CHECK(notPdf.out.empty());
    CHECK(notPdf.err.find("not-a-pdf") != std::string::npos);
}

TEST_CASE("fields: a PDF without a form lists nothing and succeeds")
{
    const Run result = runFields({helder::test::fixture("printer/no_form.pdf").string()});
    CHECK(result.code == 0);
    CHECK(result.out.find(": 0 fields") != std::string::npos);
}
