// helder-kiosk --check-config: what it reports about a config and the folders it names, and the
// config's JSON Schema agreeing with the keys the kiosk reads.

#include "app/ConfigCheck.hpp"
#include "app/KioskConfig.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace helder;

namespace {

struct Checked {
    int exitCode = 0;
    std::string output;
};

Checked check(const std::string& json)
{
    const auto file = std::filesystem::temp_directory_path() / "helder-app-test-config.json";
    std::ofstream(file) << json;
    std::ostringstream out;
    const app::DefaultFolders defaults{test::sourceDir() / "forms", test::sourceDir() / "locales"};
    const int code = app::checkConfig(file, defaults, *core::Date::fromYmd(2026, 11, 23), out);
    std::filesystem::remove(file);
    return {code, out.str()};
}

bool has(const Checked& checked, const std::string& text)
{
    return checked.output.find(text) != std::string::npos;
}

} // namespace

TEST_CASE("a config naming the shipped forms and locales passes and says what the kiosk will offer")
{
    const Checked checked = check(R"({"languages": ["nl", "ar"], "idle_timeout_seconds": 120})");
    INFO(checked.output);
    CHECK(checked.exitCode == 0);
    CHECK(has(checked, "forms_folder: 2 form(s) offered today"));
    CHECK(has(checked, "warning: printer_queue: not set"));
    CHECK(has(checked, "staff_pin_hash: not set; staff mode is off"));
    CHECK(has(checked, ": 0 errors"));
}

TEST_CASE("every problem of a config is reported, and the exit code is 1")
{
    const Checked checked = check(R"({"languages": ["nl", "xx"], "postcodes_file": "/nonexistent/postcodes.csv",
                                      "local_forms_folder": "/nonexistent/forms",
                                      "counters_file": "/nonexistent/helder.txt"})");
    INFO(checked.output);
    CHECK(checked.exitCode == 1);
    CHECK(has(checked, "error: languages: \"xx\" is not an interface language"));
    CHECK(has(checked, "error: postcodes_file: cannot read /nonexistent/postcodes.csv"));
    CHECK(has(checked, "/nonexistent/forms"));
    CHECK(has(checked, "error: counters_file: the folder /nonexistent does not exist"));
    CHECK(has(checked, "warning: counters_file: node_exporter's textfile collector reads only *.prom files"));
}

TEST_CASE("a config that does not read is one error naming the key")
{
    const Checked checked = check(R"({"idle_timeout_secs": 90})");
    CHECK(checked.exitCode == 1);
    CHECK(has(checked, "unknown key \"idle_timeout_secs\""));
}

TEST_CASE("a form folder with a broken form is reported")
{
    const Checked checked = check(R"({"forms_folder": "tests/fixtures/app/forms-with-a-broken-one"})");
    INFO(checked.output);
    CHECK(checked.exitCode == 1);
    CHECK(has(checked, "broken/form.json"));
}

TEST_CASE("the packaged config reads, and every key of its schema is one the kiosk takes")
{
    const std::string packaged = test::readFile(test::sourceDir() / "packaging/config.json");
    const auto read = app::KioskConfig::parse(packaged);
    CHECK_MESSAGE(read, (read ? std::string() : read.error()));

    const auto schema = nlohmann::json::parse(test::readFile(test::sourceDir() / "packaging/config.schema.json"));
    CHECK(schema.at("additionalProperties") == false);
    for (const auto& [key, property] : schema.at("properties").items()) {
        INFO("key " << key);
        // The smallest value the schema allows for the key must be one the kiosk takes.
        nlohmann::json value;
        const std::string type = property.at("type");
        if (type == "integer") {
            value = property.at("minimum");
        } else if (type == "boolean") {
            value = true;
        } else if (type == "array") {
            value = nlohmann::json::array({"nl"});
        } else if (property.contains("pattern") && property.at("pattern") == "^\\$argon2") {
            value = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
        } else if (property.contains("pattern") && property.at("pattern") == "^[a-z]{2,3}$") {
            value = "nl";
        } else {
            value = "kiosk_printer";
        }
        const auto parsed = app::KioskConfig::parse(nlohmann::json{{key, value}}.dump());
        CHECK_MESSAGE(parsed, (parsed ? std::string() : parsed.error()));
        if (type == "integer") {
            const auto below = app::KioskConfig::parse(
                nlohmann::json{{key, property.at("minimum").get<std::int64_t>() - 1}}.dump());
            CHECK_FALSE(below);
            const auto above = app::KioskConfig::parse(
                nlohmann::json{{key, property.at("maximum").get<std::int64_t>() + 1}}.dump());
            CHECK_FALSE(above);
        }
    }
    // Each key of the schema is documented where the kiosk reads it.
    const std::string header = test::readFile(test::sourceDir() / "kiosk/app/KioskConfig.hpp");
    for (const auto& [key, property] : schema.at("properties").items()) {
        CHECK_MESSAGE(header.find(key) != std::string::npos, key << " is not documented in KioskConfig.hpp");
    }
}
