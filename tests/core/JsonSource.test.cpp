#include "core/JsonSource.hpp"

#include <doctest/doctest.h>

#include <string>

using helder::core::JsonSource;
using helder::core::SourcePosition;

TEST_CASE("positions of keys and values, in code points")
{
    const std::string text = "{\n  \"title\": \"Aanvraag\",\n  \"questions\": [\n    {\"id\": \"naam\", \"type\": \"txt\"},\n"
                             "    {\"id\": \"é\", \"x/y\": 1}\n  ]\n}\n";
    auto source = JsonSource::parse("form.json", text);
    REQUIRE(source);
    CHECK(source->positionOf("/title") == SourcePosition{2, 12});
    CHECK(source->keyPositionOf("/title") == SourcePosition{2, 3});
    CHECK(source->positionOf("/questions/0/type") == SourcePosition{4, 28});
    CHECK(source->keyPositionOf("/questions/1/x~1y") == SourcePosition{5, 17}); // "é" is one column
    CHECK(source->positionOf("/questions/1") == SourcePosition{5, 5});
    // A pointer that does not exist falls back to its nearest ancestor.
    CHECK(source->positionOf("/questions/0/help") == source->positionOf("/questions/0"));
    CHECK(source->root()["questions"][0]["type"] == "txt");
}

TEST_CASE("a syntax error is placed where it happens")
{
    auto source = JsonSource::parse("texts/nl.json", "{\n  \"a\": 1,\n  \"b\" 2\n}");
    REQUIRE_FALSE(source);
    CHECK(source.error().code == "json-syntax");
    CHECK(source.error().file == "texts/nl.json");
    CHECK(source.error().position == SourcePosition{3, 7}); // the "2" where ":" belongs
}

TEST_CASE("a number beyond a double's range is a syntax error at the number (found by fuzzing)")
{
    auto source = JsonSource::parse("languages.json", "{\n  \"languages\": [333333333333333333333333E333]\n}");
    REQUIRE_FALSE(source);
    CHECK(source.error().code == "json-syntax");
    CHECK(source.error().message.find("too large") != std::string::npos);
    CHECK(source.error().position == SourcePosition{2, 17});
}

TEST_CASE("columns on one long line count code points across many blocks")
{
    // Multi-byte letters straddle the position index's block boundaries.
    std::string text = "{\"padding\": \"";
    for (int i = 0; i < 700; ++i) {
        text += i % 3 == 0 ? "\xC3\xA9" : (i % 3 == 1 ? "\xD8\xB9" : "x"); // é ع x
    }
    text += "\", \"last\": 1}";
    auto source = JsonSource::parse("form.json", text);
    REQUIRE(source);
    // Columns: {"padding": " is 13 code points, then 700, then ", "last": → value at 700 + 24.
    CHECK(source->positionOf("/last") == SourcePosition{1, 13 + 700 + 11 + 1});
    CHECK(source->keyPositionOf("/last") == SourcePosition{1, 13 + 700 + 4});
}

TEST_CASE("invalid UTF-8 is named, without repeating the bad bytes")
{
    auto source = JsonSource::parse("texts/nl.json", "{\"a\": \"\xC3\x28\"}");
    REQUIRE_FALSE(source);
    CHECK(source.error().message.find("UTF-8") != std::string::npos);
    CHECK(source.error().message.find('\xC3') == std::string::npos);
}

TEST_CASE("a key written twice is an error at the second one")
{
    auto source = JsonSource::parse("nl.json", "{\"messages\": {\"a\": \"x\",\n \"a\": \"y\"}}");
    REQUIRE_FALSE(source);
    CHECK(source.error().code == "duplicate-key");
    CHECK(source.error().jsonPath == "/messages/a");
    CHECK(source.error().position == SourcePosition{2, 2});
}

TEST_CASE("the same key in two objects is fine")
{
    CHECK(JsonSource::parse("f.json", R"([{"id": 1}, {"id": 2}])"));
}

TEST_CASE("nesting deeper than the limit is refused before parsing")
{
    const std::string deep = std::string(10'000, '[') + std::string(10'000, ']');
    auto source = JsonSource::parse("deep.json", deep);
    REQUIRE_FALSE(source);
    CHECK(source.error().position.column == static_cast<int>(JsonSource::maxDepth) + 1);
    // Brackets inside strings do not count.
    CHECK(JsonSource::parse("s.json", "{\"a\": \"" + std::string(200, '[') + "\"}"));
}

TEST_CASE("pointers escape ~ and /")
{
    CHECK(JsonSource::childPointer("/a", "b/c~d") == "/a/b~1c~0d");
    CHECK(JsonSource::childPointer("", std::size_t{3}) == "/3");
}
