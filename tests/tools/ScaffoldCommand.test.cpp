// helder-forms scaffold, run in-process (kiosk/tools/ScaffoldCommand.cpp is compiled into this test).

#include "tools/ScaffoldCommand.hpp"

#include "core/TemplateLoader.hpp"
#include "storage/FormFolder.hpp"

#include "CommandRun.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

namespace {

using Run = helder::test::CommandRun;

Run runScaffold(const std::vector<std::string>& args)
{
    return helder::test::runCommand(helder::tools::runScaffoldCommand, args);
}

} // namespace

TEST_CASE("scaffold prints a form.json with a question per fillable field")
{
    const Run result = runScaffold({helder::test::fixture("printer/form.pdf").string()});
    REQUIRE_MESSAGE(result.code == 0, result.err);
    const auto form = nlohmann::json::parse(result.out);
    CHECK(form["id"] == "form");
    CHECK(form["pdf"]["file"] == "form.pdf");
    std::map<std::string, nlohmann::json> byField;
    for (const auto& question : form["questions"]) {
        for (const auto& [key, value] : question["pdf"].items()) {
            if (value.is_string())
                byField[value.get<std::string>()] = question;
        }
    }
    CHECK(byField["name"]["type"] == "short_text");
    CHECK(byField["remarks"]["type"] == "long_text");
    CHECK(byField["nationalNumber"]["max_length"] == 11);
    CHECK(byField["agree"]["type"] == "yes_no");
    CHECK(byField["gender"]["type"] == "single_choice");
    CHECK(byField["gender"]["pdf"]["options"].size() == 3);
    CHECK(byField["province"]["pdf"]["options"]["lie"] == "LIE");
    const auto& ignore = form["pdf"]["ignore"];
    for (const char* name : {"caseNumber", "reset", "signature"})
        CHECK(std::find(ignore.begin(), ignore.end(), name) != ignore.end());
}

TEST_CASE("a scaffolded folder loads as a template")
{
    const std::filesystem::path root = std::filesystem::temp_directory_path() /
                                       ("helder-scaffold-" + std::to_string(::getpid()));
    const std::filesystem::path folder = root / "form";
    const Run result = runScaffold({helder::test::fixture("printer/form.pdf").string(), "--out", folder.string()});
    REQUIRE_MESSAGE(result.code == 0, result.err);
    const auto sources = helder::storage::readFormFolder(folder);
    REQUIRE(sources.has_value());
    const helder::core::TemplateLoad load = helder::core::loadTemplate(*sources);
    std::string problems;
    for (const auto& diagnostic : load.diagnostics)
        problems += helder::core::formatDiagnostic(diagnostic) + "\n";
    CHECK_MESSAGE(load.form.has_value(), problems);
    std::filesystem::remove_all(root);
}

TEST_CASE("scaffold: bad input and usage")
{
    CHECK(runScaffold({}).code == 2);
    CHECK(runScaffold({"a.pdf", "b.pdf"}).code == 2);
    const Run noForm = runScaffold({helder::test::fixture("printer/no_form.pdf").string()});
    CHECK(noForm.code == 1);
    CHECK(noForm.err.find("no form fields") != std::string::npos);
    CHECK(runScaffold({helder::test::fixture("printer/not_a_pdf.pdf").string()}).code == 1);
}
