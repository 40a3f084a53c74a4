// helder-forms fill, run in-process (kiosk/tools/FillCommand.cpp is compiled into this test).

#include "tools/FillCommand.hpp"

#include "printer/AcroFormModel.hpp"

#include "PdfTools.hpp"
#include "CommandRun.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

namespace {

struct Scratch {
    std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                ("helder-fill-cli-" + std::to_string(::getpid()));
    Scratch() { std::filesystem::create_directories(dir); }
    ~Scratch() { std::filesystem::remove_all(dir); }

    std::string file(const std::string& name, const std::string& content) const
    {
        std::ofstream(dir / name, std::ios::binary) << content;
        return (dir / name).string();
    }
    std::string path(const std::string& name) const { return (dir / name).string(); }
};

using Run = helder::test::CommandRun;

Run runFill(const std::vector<std::string>& args)
{
    return helder::test::runCommand(helder::tools::runFillCommand, args);
}

std::string fieldValue(const std::string& pdf, const std::string& name)
{
    const auto fields = helder::printer::readFields(std::filesystem::path(pdf));
    REQUIRE_MESSAGE(fields.has_value(), fields.error().message);
    const auto found = std::ranges::find(*fields, name, &helder::printer::FieldInfo::name);
    REQUIRE_MESSAGE(found != fields->end(), "no field " << name);
    return found->value;
}

const std::string kFormPdf = helder::test::fixture("printer/form.pdf").string();

} // namespace

TEST_CASE("fill PDF --values writes the values")
{
    Scratch scratch;
    const std::string values = scratch.file("values.json", R"({"name": "Київ", "agree": true, "gender": "m"})");
    const std::string out = scratch.path("out.pdf");
    const Run result = runFill({kFormPdf, "--values", values, "--out", out});
    REQUIRE_MESSAGE(result.code == 0, result.err);
    CHECK(result.out.find("3 field(s) filled") != std::string::npos);
    CHECK(fieldValue(out, "name") == "Київ");
    CHECK(fieldValue(out, "agree") == "Ja");
    CHECK(fieldValue(out, "gender") == "m");

    const Run flat = runFill({kFormPdf, "--values", values, "--out", out, "--flatten"});
    REQUIRE_MESSAGE(flat.code == 0, flat.err);
    const auto fields = helder::printer::readFields(std::filesystem::path(out));
    REQUIRE(fields.has_value());
    CHECK(fields->empty());
    CHECK(helder::test::pdfText(out).find("Київ") != std::string::npos);
}

TEST_CASE("fill PDF --values: an array chooses several options of a multi-select list box")
{
    Scratch scratch;
    const std::string pdf = helder::test::fixture("printer/multi_select.pdf").string();
    const std::string out = scratch.path("out.pdf");
    const Run several = runFill({pdf, "--values", scratch.file("m.json", R"({"languages": ["en", "ar"]})"), "--out", out});
    REQUIRE_MESSAGE(several.code == 0, several.err);
    CHECK(fieldValue(out, "languages") == "ar, en");

    const Run single = runFill({pdf, "--values", scratch.file("s.json", R"({"firstLanguage": ["en", "ar"]})"), "--out", out});
    CHECK(single.code == 1);
    CHECK(single.err.find("\"firstLanguage\"") != std::string::npos);
    const Run numbers = runFill({pdf, "--values", scratch.file("n.json", R"({"languages": ["en", 3]})"), "--out", out});
    CHECK(numbers.code == 1);
    CHECK(numbers.err.find("array of strings") != std::string::npos);
}

TEST_CASE("fill: bad input is exit 1 with a clear message, usage errors exit 2")
{
    Scratch scratch;
    const std::string out = scratch.path("out.pdf");
    const Run unknown = runFill({kFormPdf, "--values", scratch.file("v.json", R"({"nam": "x"})"), "--out", out});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.find("closest: \"name\"") != std::string::npos);

    const Run notJson = runFill({kFormPdf, "--values", scratch.file("bad.json", "{name: x"), "--out", out});
    CHECK(notJson.code == 1);
    CHECK(notJson.err.find("not a JSON object") != std::string::npos);

    const Run number = runFill({kFormPdf, "--values", scratch.file("n.json", R"({"name": 3})"), "--out", out});
    CHECK(number.code == 1);
    CHECK(number.err.find("string or true/false") != std::string::npos);

    const Run tooLong = runFill({kFormPdf, "--values", scratch.file("l.json", R"({"orphan": "12345"})"), "--out", out});
    CHECK(tooLong.code == 1);
    CHECK(tooLong.err.find("at most 4") != std::string::npos);
    const Run truncated = runFill({kFormPdf, "--values", scratch.file("l2.json", R"({"orphan": "12345"})"), "--out", out,
                               "--maxlen", "truncate"});
    CHECK(truncated.code == 0);
    CHECK(fieldValue(out, "orphan") == "1234");

    const Run readOnly = runFill({kFormPdf, "--values", scratch.file("r.json", R"({"caseNumber": "x"})"), "--out", out});
    CHECK(readOnly.code == 1);
    CHECK(readOnly.err.find("read-only") != std::string::npos);

    const Run notPdf = runFill({helder::test::fixture("printer/not_a_pdf.pdf").string(), "--values",
                            scratch.file("ok.json", R"({"name": "x"})"), "--out", out});
    CHECK(notPdf.code == 1);
    CHECK(notPdf.err.find("not a PDF") != std::string::npos);

    CHECK(runFill({kFormPdf, "--values", scratch.path("ok.json")}).code == 2);
    CHECK(runFill({kFormPdf, "--values", scratch.path("ok.json"), "--answers", "a.json", "--out", out}).code == 2);
    CHECK(runFill({kFormPdf, "--values", scratch.path("ok.json"), "--out", out, "--maxlen", "cut"}).code == 2);
    CHECK(runFill({}).code == 2);
}

TEST_CASE("fill FORM --answers fills the template's AcroForm, visible steps only")
{
    Scratch scratch;
    const std::string answers = scratch.file("answers.json", R"({
        "first_name": "Amina", "last_name": "El Amrani", "birth_date": "1985-03-14",
        "street": "شارع المدينة", "status": "increased_reimbursement", "monthly_income": "1450.00",
        "has_uitpas": false, "lives_with_others": true,
        "household": [{"member_name": "Youssef El Amrani", "member_birth_date": "2012-09-01"},
                      {"member_name": "Sara El Amrani"}],
        "consent": true})");
    const std::string out = scratch.path("out.pdf");
    const std::string form = (helder::test::sourceDir() / "forms" / "uitpas-kansentarief").string();
    const Run result = runFill({form, "--answers", answers, "--out", out});
    REQUIRE_MESSAGE(result.code == 0, result.err);
    CHECK(fieldValue(out, "Aanvrager.Voornaam") == "Amina");
    CHECK(fieldValue(out, "Aanvrager.Geboortedatum.Dag") == "14");
    CHECK(fieldValue(out, "Aanvrager.Geboortedatum.Jaar") == "1985");
    CHECK(fieldValue(out, "Statuut") == "VerhoogdeTegemoetkoming");
    CHECK(fieldValue(out, "Gezin.1.Geboortedatum") == "01/09/2012");
    CHECK(fieldValue(out, "Gezin.2.Naam") == "Sara El Amrani");
    CHECK(fieldValue(out, "Kaart.Nee") != "Off");
    // The income question is hidden unless the status is low_income: its answer is dropped.
    CHECK(fieldValue(out, "Inkomen.NettoPerMaand").empty());
    // Arabic free text on a Dutch form is left for the worker.
    CHECK(fieldValue(out, "Adres.Straat").empty());
    CHECK(result.out.find("to translate with the worker: street") != std::string::npos);

    const Run wrongType = runFill({form, "--answers", scratch.file("w.json", R"({"birth_date": "14/03/1985"})"),
                               "--out", out});
    CHECK(wrongType.code == 1);
    CHECK(wrongType.err.find("birth_date") != std::string::npos);
}

TEST_CASE("fill FORM --answers draws an overlay form's values on the page")
{
    Scratch scratch;
    const std::string answers = scratch.file("answers.json", R"({
        "first_name": "Dawit", "move_date": "2026-11-20", "renting": true, "landlord": "social",
        "others_move": true, "movers": [{"mover_name": "Selam Tesfay"}, {"mover_name": "Ağrı Київ"}]})");
    const std::string out = scratch.path("out.pdf");
    const std::string form = (helder::test::sourceDir() / "forms" / "adreswijziging").string();
    const Run result = runFill({form, "--answers", answers, "--out", out});
    REQUIRE_MESSAGE(result.code == 0, result.err);
    const std::string text = helder::test::pdfText(out);
    for (const char* part : {"Dawit", "20/11/2026", "een sociale woonmaatschappij", "Selam Tesfay"})
        CHECK_MESSAGE(text.find(part) != std::string::npos, part << " missing from: " << text);
}
