// helder-forms print, run in-process, with --folder (the spool folder): the printed PDF read back
// with pdftotext. Printing to a CUPS queue is tested against a private cupsd in printer_cups_tests.

#include "tools/PrintCommand.hpp"

#include "CommandRun.hpp"
#include "PdfTools.hpp"
#include "ScratchFolder.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <fstream>

namespace {

using Run = helder::test::CommandRun;

Run runPrint(const std::vector<std::string>& args)
{
    return helder::test::runCommand(helder::tools::runPrintCommand, args);
}

const std::string kFormFolder = (helder::test::sourceDir() / "forms" / "uitpas-kansentarief").string();

std::string answersFile(const helder::test::ScratchFolder& scratch, const std::string& json)
{
    const std::filesystem::path path = scratch.path() / "answers.json";
    std::ofstream(path) << json;
    return path.string();
}

constexpr const char* kAnswers =
    R"({"first_name": "Amina", "last_name": "El Amrani", "birth_date": "1985-03-14", "street": "Kerkstraat",
        "house_number": "12", "postcode": "9000", "municipality": "Gent", "status": "low_income",
        "monthly_income": "1234.5", "has_uitpas": false, "lives_with_others": false, "consent": true})";

} // namespace

TEST_CASE("print --folder writes the whole printout as one PDF named after the session")
{
    helder::test::ScratchFolder scratch;
    const std::filesystem::path out = scratch.path() / "spool";
    const Run result = runPrint({kFormFolder, "--answers", answersFile(scratch, kAnswers), "--lang", "ar", "--folder", out.string(),
                            "--session", "T3STAB", "--copy"});
    REQUIRE_MESSAGE(result.code == 0, result.err);
    CHECK(result.out.find("printed session T3STAB") != std::string::npos);
    const std::filesystem::path pdf = out / "T3STAB-1.pdf";
    REQUIRE(std::filesystem::exists(pdf));
    CHECK(result.out.find(pdf.string()) != std::string::npos);
    const std::string text = helder::test::pdfText(pdf);
    CHECK(text.find("Nakijkblad") < text.find("Aanvraag UiTPAS met kansentarief"));
    CHECK(text.find("ورقة المراجعة") != std::string::npos);
    CHECK(text.find("1.234,50 €") != std::string::npos);  // money as Belgian paper writes it
    CHECK(text.find("KOPIE") != std::string::npos);
    CHECK(text.find("Sessiecode: T3STAB") != std::string::npos);
    // low_income: this hint applies, the one for increased reimbursement does not.
    CHECK(text.find("een verhoogde tegemoetkoming van het ziekenfonds") != std::string::npos);
    CHECK(text.find("korting op de trein") == std::string::npos);
}

TEST_CASE("print: usage errors exit 2, bad input exits 1 with the reason")
{
    helder::test::ScratchFolder scratch;
    const std::string answers = answersFile(scratch, kAnswers);
    const std::string out = (scratch.path() / "spool").string();
    CHECK(runPrint({kFormFolder, "--answers", answers, "--lang", "nl"}).code == 2);
    CHECK(runPrint({kFormFolder, "--answers", answers, "--lang", "nl", "--folder", out, "--queue", "q"}).code == 2);
    CHECK(runPrint({kFormFolder, "--answers", answers, "--folder", out}).code == 2);
    CHECK(runPrint({kFormFolder, "--answers", answers, "--lang", "nl", "--folder", out, "--bogus"}).code == 2);

    const Run language = runPrint({kFormFolder, "--answers", answers, "--lang", "xx", "--folder", out});
    CHECK(language.code == 1);
    CHECK(language.err.find("no interface messages in \"xx\"") != std::string::npos);

    const Run question = runPrint({kFormFolder, "--answers", answersFile(scratch, R"({"frist_name": "Amina"})"), "--lang", "nl",
                              "--folder", out});
    CHECK(question.code == 1);
    CHECK(question.err.find("the form has no question \"frist_name\"") != std::string::npos);

    const Run missing = runPrint({(scratch.path() / "nothing").string(), "--answers", answers, "--lang", "nl", "--folder", out});
    CHECK(missing.code == 1);
    CHECK_FALSE(missing.err.empty());
    CHECK_FALSE(std::filesystem::exists(out));
}
