// main of printer_cups_tests: one private cupsd serves every test case of the run (starting and
// stopping one per case would take seconds each), and it is stopped here even when cases fail.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "PrivateCupsd.hpp"

#include <cstdlib>

int main(int argc, char** argv)
{
    // Until the private cupsd runs, libcups in this process must reach nothing, least of all the
    // system's scheduler.
    ::setenv("CUPS_SERVER", "/nonexistent/helder-tests-no-cupsd.sock", 1);
    doctest::Context context(argc, argv);
    const int result = context.run();
    helder::test::stopSharedCupsd();
    return result;
}
