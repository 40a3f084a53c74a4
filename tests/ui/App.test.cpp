// The kiosk program's pure parts: command line, config, and when it wakes up.

#include "app/AppOptions.hpp"
#include "app/KioskConfig.hpp"
#include "app/Timers.hpp"

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

using namespace helder;
using namespace helder::app;

TEST_CASE("the command line")
{
    const std::array<std::string_view, 6> arguments{"--kiosk", "--smoke", "--forms", "/f", "--size", "800x1280"};
    const auto options = parseOptions(arguments);
    REQUIRE(options);
    CHECK(options->kiosk);
    CHECK(options->smoke);
    CHECK(options->forms == std::filesystem::path("/f"));
    CHECK_FALSE(options->locales);
    CHECK(options->width == 800);
    CHECK(options->height == 1280);
    CHECK_FALSE(options->timings);
    const std::array<std::string_view, 1> timings{"--timings"};
    CHECK(parseOptions(timings)->timings);

    const std::array<std::string_view, 1> missing{"--config"};
    CHECK_FALSE(parseOptions(missing));
    const std::array<std::string_view, 1> unknown{"--fullscreen"};
    CHECK(parseOptions(unknown).error().find("--fullscreen") != std::string::npos);
    const std::array<std::string_view, 2> badSize{"--size", "big"};
    CHECK_FALSE(parseOptions(badSize));
}

TEST_CASE("the config: known keys, checked values, no silent typos")
{
    const auto config = KioskConfig::parse(R"({"forms_folder": "/srv/forms", "idle_timeout_seconds": 120})");
    REQUIRE(config);
    CHECK(config->formsFolder == std::filesystem::path("/srv/forms"));
    CHECK(config->idleTimeoutSeconds == 120);
    CHECK_FALSE(config->spoolFolder);

    CHECK(KioskConfig::parse(R"({"forms_foldr": "/x"})").error().find("forms_foldr") != std::string::npos);
    CHECK_FALSE(KioskConfig::parse(R"({"idle_timeout_seconds": 5})"));
    CHECK_FALSE(KioskConfig::parse(R"({"forms_folder": 3})"));
    CHECK_FALSE(KioskConfig::parse("{"));
    CHECK_FALSE(KioskConfig::parse("[]"));
    CHECK_FALSE(KioskConfig::read("/nonexistent/helder.json"));
}

TEST_CASE("the config: printer, languages, staff and counters keys")
{
    const auto config = KioskConfig::parse(R"({"languages": ["nl", "ar", "ti"], "printer_queue": "kiosk_a4",
        "copies": 2, "duplex": true, "print_timeout_seconds": 60, "spool_retention_minutes": 0,
        "worker_language": "fr", "staff_pin_hash": "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA",
        "postcodes_file": "/usr/share/helder/postcodes.csv", "counters_file": "/var/lib/prometheus/helder.prom",
        "local_forms_folder": "/etc/helder/forms"})");
    REQUIRE(config);
    CHECK(config->languages == std::vector<std::string>{"nl", "ar", "ti"});
    CHECK(config->printerQueue == "kiosk_a4");
    CHECK(config->copies == 2);
    CHECK(config->duplex);
    CHECK(config->printTimeoutSeconds == 60);
    CHECK(config->spoolRetentionMinutes == 0);
    CHECK(config->workerLanguage == "fr");
    REQUIRE(config->staffPinHash);
    CHECK(config->staffPinHash->starts_with("$argon2id$"));
    CHECK(config->localFormsFolder == std::filesystem::path("/etc/helder/forms"));

    CHECK(KioskConfig::parse(R"({"languages": ["Dutch"]})").error().find("languages") != std::string::npos);
    CHECK_FALSE(KioskConfig::parse(R"({"languages": []})"));
    CHECK_FALSE(KioskConfig::parse(R"({"printer_queue": "kiosk a4"})"));
    CHECK_FALSE(KioskConfig::parse(R"({"copies": 0})"));
    CHECK_FALSE(KioskConfig::parse(R"({"duplex": "yes"})"));
    CHECK(KioskConfig::parse(R"({"staff_pin_hash": "1234"})").error().find("hash-pin") != std::string::npos);
    CHECK_FALSE(KioskConfig::parse(R"({"worker_language": "NL"})"));
}

TEST_CASE("the kiosk sleeps until the next timer that can change the screen")
{
    const core::InterviewSettings settings;
    core::Session session;
    session.now = 5'000;
    CHECK(nextWake(session, settings) == 8'000); // the welcome title's next language

    session.screen = core::Screen::Question;
    session.lastActivity = 4'000;
    CHECK(nextWake(session, settings) == 4'000 + settings.idleTimeoutMs);

    session.dialog = core::Dialog::IdleWarning;
    session.countdownEnds = 7'300;
    CHECK(nextWake(session, settings) == 5'300); // the countdown shows one second less

    session.dialog = core::Dialog::None;
    session.screen = core::Screen::PrintFault;
    CHECK_FALSE(nextWake(session, settings)); // waits for staff, never wipes

    session.screen = core::Screen::Done;
    CHECK(nextWake(session, settings) == 4'000 + settings.doneTimeoutMs);
}
