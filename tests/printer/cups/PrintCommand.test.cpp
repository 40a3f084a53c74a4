// helder-forms print --queue against the private cupsd (PrivateCupsd): the job goes through CUPS
// and the file its queue writes holds the review sheet, then the filled form.
#include "tools/PrintCommand.hpp"

#include "PdfTools.hpp"
#include "PrivateCupsd.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using helder::test::sharedCupsd;

namespace {

struct Run {
    int code = 0;
    std::string out;
    std::string err;
};

Run print(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = helder::tools::runPrintCommand(args, out, err);
    return {code, out.str(), err.str()};
}

std::string answersFile()
{
    const std::filesystem::path path = sharedCupsd().root() / "answers.json";
    std::ofstream(path) << R"({"first_name": "Amina", "last_name": "El Amrani", "birth_date": "1985-03-14",
        "street": "Kerkstraat", "house_number": "12", "postcode": "9000", "municipality": "Gent",
        "status": "increased_reimbursement", "has_uitpas": false, "lives_with_others": false, "consent": true})";
    return path.string();
}

const std::string kForm = (helder::test::sourceDir() / "forms" / "uitpas-kansentarief").string();

} // namespace

TEST_CASE("print --queue sends one job whose printed file is the review sheet, then the form")
{
    std::filesystem::remove(sharedCupsd().printed());
    const Run result = print({kForm, "--answers", answersFile(), "--lang", "ar", "--queue", "kiosk_copy", "--server",
                              sharedCupsd().socket(), "--session", "CUPS42"});
    REQUIRE_MESSAGE(result.code == 0, result.err);
    CHECK(result.out.find("CUPS queue kiosk_copy") != std::string::npos);
    REQUIRE(std::filesystem::exists(sharedCupsd().printed()));
    const std::string text = helder::test::pdfText(sharedCupsd().printed());
    const auto sheet = text.find("Nakijkblad");
    const auto form = text.find("Aanvraag UiTPAS met kansentarief");
    REQUIRE(sheet != std::string::npos);
    REQUIRE(form != std::string::npos);
    CHECK(sheet < form);
    CHECK(text.find("ورقة المراجعة") != std::string::npos);
    CHECK(text.find("Sessiecode: CUPS42") != std::string::npos);
    CHECK(text.find("korting op de trein") != std::string::npos);
    CHECK(text.find("El Amrani", form) != std::string::npos);
}

TEST_CASE("print --queue to a queue CUPS does not have is exit 1 with the fault")
{
    const Run result = print({kForm, "--answers", answersFile(), "--lang", "nl", "--queue", "no_such_queue",
                              "--server", sharedCupsd().socket()});
    CHECK(result.code == 1);
    CHECK(result.err.find("queue-missing") != std::string::npos);
}
