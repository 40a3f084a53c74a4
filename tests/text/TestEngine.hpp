#pragma once
// One engine shared by the test cases of a program: opening the fonts once keeps tests fast.

#include "text/TextEngine.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>

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

// A paragraph at a readable size, shaped by the shared engine.
inline Layout lay(const std::string& text, const std::string& language, BaseDirection direction = BaseDirection::Auto)
{
    LayoutRequest request;
    request.text = text;
    request.language = language;
    request.direction = direction;
    request.fontSize = 32.0F;
    return engine().layout(request);
}

} // namespace helder::text::test
