// The print output the config asks for: a CUPS queue with its copies, duplex and time-out, or the
// spool folder with its retention and the demo badge.
#include "app/PrintSetup.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace helder;

TEST_CASE("printer_queue selects the CUPS queue with the config's copies, duplex and time-out")
{
    auto config = app::KioskConfig::parse(
        R"({"printer_queue": "kiosk_copy", "copies": 3, "duplex": true, "print_timeout_seconds": 45})");
    REQUIRE(config);
    auto setup = app::openPrintSetup(*config);
    REQUIRE(setup);
    CHECK_FALSE(setup->demo);
    CHECK(setup->output->describe().find("CUPS queue kiosk_copy") == 0);
    CHECK(setup->settings.copies == 3);
    CHECK(setup->settings.duplex);
    CHECK(setup->settings.timeout == std::chrono::seconds(45));
    // The fault screen comes before the idle question: the suspension outlasts the attempt.
    CHECK(app::idleSuspensionMs(*config) > 45'000);
}

TEST_CASE("without printer_queue the spool folder stands in, with the demo badge and its retention")
{
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "helder-app-test-spool";
    std::filesystem::remove_all(folder);
    auto config = app::KioskConfig::parse(R"({"spool_folder": ")" + folder.string()
                                          + R"(", "spool_retention_minutes": 5})");
    REQUIRE(config);
    auto setup = app::openPrintSetup(*config);
    REQUIRE(setup);
    CHECK(setup->demo);
    CHECK(setup->output->describe().find(folder.string()) != std::string::npos);
    CHECK((std::filesystem::status(folder).permissions() & std::filesystem::perms::all)
          == std::filesystem::perms::owner_all);
    std::filesystem::remove_all(folder);
}

TEST_CASE("a spool folder that cannot be made is an error that names it")
{
    auto config = app::KioskConfig::parse(R"({"spool_folder": "/proc/helder-no-such-folder/spool"})");
    REQUIRE(config);
    auto setup = app::openPrintSetup(*config);
    REQUIRE_FALSE(setup);
    CHECK(setup.error().find("spool folder") == 0);
}
