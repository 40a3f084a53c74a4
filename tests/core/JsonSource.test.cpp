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
