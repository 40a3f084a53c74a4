#pragma once
// One engine shared by the test cases of a program: opening the fonts once keeps tests fast.

#include "text/TextEngine.hpp"

#include <doctest/doctest.h>

#include <memory>

namespace helder::text::test {

inline TextEngine& engine()
{
    static std::unique_ptr<TextEngine> instance = [] {
        auto created = TextEngine::create();
        REQUIRE(created);
        return std::move(*created);
    }();
    return *instance;
}

} // namespace helder::text::test
