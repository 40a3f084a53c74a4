// Entry point of tests that read ../shared: absent material is a skip (exit 77), never a pass.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "TestPaths.hpp"

#include <iostream>

int main(int argc, char** argv)
{
    if (!helder::test::sharedDirAvailable()) {
        std::cout << "skipped: shared test material not found at " << helder::test::sharedDir()
                  << " (set HELDER_SHARED_DIR)\n";
        return 77;
    }
    doctest::Context context(argc, argv);
    return context.run();
}
