#include "tools/CheckCommand.hpp"

#include "ScratchFolder.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using helder::test::ScratchFolder;
using helder::test::sourceDir;
namespace fs = std::filesystem;

namespace {

struct CheckRun {
    int exitCode = 0;
    nlohmann::json report;
    std::string text;

    std::vector<nlohmann::json> errors() const
    {
        std::vector<nlohmann::json> found;
        for (const auto& d : report["diagnostics"]) {
            if (d["severity"] == "error") {
                found.push_back(d);
            }
        }
        return found;
    }
};

CheckRun check(std::vector<std::string> args)
{
    CheckRun run;
    std::ostringstream out;
    std::ostringstream err;
    std::vector<std::string> textArgs = args;
    args.push_back("--json");
    run.exitCode = helder::tools::runCheckCommand(args, out, err);
    run.report = nlohmann::json::parse(out.str());
    std::ostringstream textOut;
    helder::tools::runCheckCommand(textArgs, textOut, err);
    run.text = textOut.str();
    return run;
}

void replaceInFile(const fs::path& file, const std::string& from, const std::string& to)
{
    std::string text = helder::test::readFile(file);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(file, std::ios::binary) << text;
}

// One second of silence as 16-bit mono PCM WAV.
void writeWav(const fs::path& file)
{
    const std::uint32_t rate = 8000;
    const std::uint32_t dataBytes = rate * 2;
    std::ofstream out(file, std::ios::binary);
    auto u32 = [&](std::uint32_t v) { out.write(reinterpret_cast<const char*>(&v), 4); };
    auto u16 = [&](std::uint16_t v) { out.write(reinterpret_cast<const char*>(&v), 2); };
    out << "RIFF";
    u32(36 + dataBytes);
    out << "WAVEfmt ";
    u32(16);
    u16(1);
    u16(1);
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    out << "data";
    u32(dataBytes);
    out << std::string(dataBytes, '\0');
}

} // namespace

TEST_CASE("the shipped forms and interface languages pass")
{
    const CheckRun run = check({(sourceDir() / "forms").string(), (sourceDir() / "locales").string()});
    CHECK(run.exitCode == 0);
    CHECK(run.report["errors"] == 0);
    CHECK(run.report["forms"].size() >= 2);
    CHECK(run.text.find(": 0 errors,") != std::string::npos);
}

TEST_CASE("each broken template gets one precise error and exit 1")
{
    const std::vector<std::pair<std::string, std::string>> cases{
        {"broken-json", "json-syntax"},
        {"broken-unknown-key", "unknown-key"},
        {"broken-type", "unknown-type"},
        {"broken-expression", "expression-syntax"},
        {"broken-reference", "unknown-question"},
        {"broken-translation", "missing-translation"},
    };
    for (const auto& [folder, code] : cases) {
        CAPTURE(folder);
        const CheckRun run = check({"tests/fixtures/templates/" + folder});
        CHECK(run.exitCode == 1);
        const auto errors = run.errors();
        REQUIRE(errors.size() == 1);
        CHECK(errors[0]["code"] == code);
        CHECK(errors[0]["file"].get<std::string>().starts_with("tests/fixtures/templates/" + folder + '/'));
        CHECK(errors[0]["line"].get<int>() > 0);
        CHECK(errors[0]["column"].get<int>() > 0);
        if (code != "json-syntax") {
            CHECK_FALSE(errors[0]["path"].get<std::string>().empty());
        }
        // The readable form carries the same place: "file:line:column: error: path: message".
        const std::string place = errors[0]["file"].get<std::string>() + ':'
            + std::to_string(errors[0]["line"].get<int>()) + ':'
            + std::to_string(errors[0]["column"].get<int>()) + ": error: ";
        CHECK(run.text.find(place) != std::string::npos);
    }
}

TEST_CASE("a mapping to a field the PDF does not have names the closest fields")
{
    ScratchFolder scratch;
    const fs::path form = scratch.copyOf(sourceDir() / "forms" / "uitpas-kansentarief");
    replaceInFile(form / "form.json", "\"Aanvrager.Voornaam\"", "\"Aanvrager.Voornam\"");

    const CheckRun run = check({form.string()});
    CHECK(run.exitCode == 1);
    const auto errors = run.errors();
    REQUIRE(errors.size() == 1); // the field it meant is not reported as unmapped too
    CHECK(errors[0]["code"] == "unknown-field");
    CHECK(errors[0]["file"].get<std::string>().ends_with("form.json"));
    CHECK(errors[0]["path"].get<std::string>().ends_with("/pdf/field"));
    CHECK(errors[0]["line"] == 27);
    CHECK(errors[0]["message"].get<std::string>().find("closest: \"Aanvrager.Voornaam\"") != std::string::npos);
}

TEST_CASE("a PDF field that is neither mapped nor ignored is an error")
{
    ScratchFolder scratch;
    const fs::path form = scratch.copyOf(sourceDir() / "forms" / "uitpas-kansentarief");
    replaceInFile(form / "form.json", "\"Dienst.Dossiernummer\"", "\"Dienst.OntvangenOp\"");
    const CheckRun run = check({form.string()});
    CHECK(run.exitCode == 1);
    bool unmapped = false;
    for (const auto& error : run.errors()) {
        unmapped = unmapped
            || (error["code"] == "unmapped-field"
                && error["message"].get<std::string>().find("Dienst.Dossiernummer") != std::string::npos);
    }
    CHECK(unmapped);
}

TEST_CASE("a missing PDF is one error at pdf/file")
{
    ScratchFolder scratch;
    const fs::path form = scratch.copyOf(sourceDir() / "forms" / "uitpas-kansentarief");
    fs::remove(form / "uitpas-kansentarief-aanvraag.pdf");
    const CheckRun run = check({form.string()});
    CHECK(run.exitCode == 1);
    const auto errors = run.errors();
    REQUIRE(errors.size() == 1);
    CHECK(errors[0]["code"] == "missing-pdf");
    CHECK(errors[0]["path"] == "/pdf/file");
    CHECK(errors[0]["line"].get<int>() > 0);
}

TEST_CASE("recorded audio must play")
{
    ScratchFolder scratch;
    const fs::path form = scratch.copyOf(sourceDir() / "forms" / "adreswijziging");
    replaceInFile(form / "texts" / "nl.json", "\"first_name\": {",
                  "\"first_name\": { \"audio\": \"audio/nl/first_name.wav\",");
    fs::create_directories(form / "audio" / "nl");
    std::ofstream(form / "audio" / "nl" / "first_name.wav") << "not sound";

    CheckRun run = check({form.string()});
    CHECK(run.exitCode == 1);
    REQUIRE(run.errors().size() == 1);
    CHECK(run.errors()[0]["code"] == "bad-audio");
    CHECK(run.errors()[0]["path"] == "/questions/first_name/audio");

    writeWav(form / "audio" / "nl" / "first_name.wav");
    run = check({form.string()});
    CHECK(run.exitCode == 0);
}

TEST_CASE("a text no installed font can draw is an error at its place")
{
    ScratchFolder scratch;
    const fs::path form = scratch.copyOf(sourceDir() / "forms" / "adreswijziging");
    // U+1F8FF is unassigned: no font has it.
    replaceInFile(form / "texts" / "ar.json", "\"text\": \"ما اسمك", "\"text\": \"\xF0\x9F\xA3\xBF ما اسمك");
    const CheckRun run = check({form.string()});
    CHECK(run.exitCode == 1);
    const auto errors = run.errors();
    REQUIRE(errors.size() == 1);
    CHECK(errors[0]["code"] == "undrawable-text");
    CHECK(errors[0]["path"] == "/questions/first_name/text");
    CHECK(errors[0]["file"].get<std::string>().ends_with("texts/ar.json"));
    CHECK(errors[0]["message"].get<std::string>().find("U+1F8FF") != std::string::npos);
}

TEST_CASE("a form past its valid-until date is a warning")
{
    const CheckRun run = check({"forms/uitpas-kansentarief", "--today", "2030-01-01"});
    CHECK(run.exitCode == 0);
    bool expired = false;
    for (const auto& d : run.report["diagnostics"]) {
        expired = expired || d["code"] == "expired";
    }
    CHECK(expired);
}

TEST_CASE("a locales file missing a string is reported with its key")
{
    ScratchFolder scratch;
    const fs::path locales = scratch.copyOf(sourceDir() / "locales");
    nlohmann::ordered_json nl = nlohmann::ordered_json::parse(helder::test::readFile(locales / "nl.json"));
    const std::string key = nl["messages"].begin().key();
    nl["messages"].erase(key);
    std::ofstream(locales / "nl.json") << nl.dump(2);

    const CheckRun run = check({locales.string()});
    CHECK(run.exitCode == 1);
    const auto errors = run.errors();
    REQUIRE(errors.size() == 1);
    CHECK(errors[0]["code"] == "missing-translation");
    CHECK(errors[0]["path"] == "/messages/" + key);
    CHECK(errors[0]["file"].get<std::string>().ends_with("nl.json"));
    CHECK(errors[0]["line"].get<int>() > 0);
}

TEST_CASE("usage and unknown paths")
{
    std::ostringstream out;
    std::ostringstream err;
    CHECK(helder::tools::runCheckCommand({}, out, err) == 2);
    CHECK(helder::tools::runCheckCommand({"--nope", "forms"}, out, err) == 2);
    CHECK(helder::tools::runCheckCommand({"no/such/folder"}, out, err) == 1);
}
