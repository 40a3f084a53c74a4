// --timings: one line per phase with its wall and CPU time, in the classic locale; nothing without a log.

#include "app/PhaseTimings.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using helder::app::PhaseTimings;

TEST_CASE("phase timings: a line per phase, wall and CPU time in milliseconds")
{
    std::ostringstream log;
    PhaseTimings timings(&log);
    REQUIRE(timings.enabled());
    volatile unsigned spin = 0;
    for (unsigned i = 0; i < 2'000'000; ++i) {
        spin = spin + i;
    }
    timings.mark("spin");
    timings.mark("nothing");
    std::istringstream lines(log.str());
    std::string spinLine;
    std::string nothingLine;
    std::getline(lines, spinLine);
    std::getline(lines, nothingLine);
    CHECK(spinLine.starts_with("helder-kiosk: timing: spin +"));
    CHECK(spinLine.find(" ms (CPU ") != std::string::npos);
    CHECK(spinLine.ends_with(" ms since start"));
    CHECK(nothingLine.starts_with("helder-kiosk: timing: nothing +"));
    // The loop took CPU time; its line says so with one decimal.
    const auto cpu = spinLine.find("(CPU ");
    const double spinCpu = std::stod(spinLine.substr(cpu + 5));
    CHECK(spinCpu > 0.0);
    CHECK(spinLine.find(',', 0) == spinLine.find(", ")); // no decimal comma
}

TEST_CASE("phase timings: off without a log")
{
    PhaseTimings timings(nullptr);
    CHECK_FALSE(timings.enabled());
    timings.mark("ignored"); // must not crash
    timings.restart();
}
