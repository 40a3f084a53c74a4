#include "keyboards/KeyboardJson.hpp"

#include <doctest/doctest.h>

using namespace helder::keyboards;

namespace {

Layout sampleLayout()
{
    Layout layout;
    layout.source = "xkb-data symbols/pl(basic)";
    layout.rows = {
        {{"AE01", "1", "!", {"≠"}, {"¡"}}, {"AE02", "2", "\"", {}, {}}},
        {{"AC01", "a", "A", {"ą"}, {"Ą"}}, {"AC02", "°", "", {}, {}}},
    };
    return layout;
}

} // namespace

TEST_CASE("a written layout reads back equal, one key per line")
{
    const Layout layout = sampleLayout();
    const std::string text = writeKeyboardJson(layout);
    CHECK(text.find("{\"key\": \"AE02\", \"base\": \"2\", \"shift\": \"\\\"\", \"long_press\": [], "
                    "\"shift_long_press\": []}")
          != std::string::npos);
    const auto read = parseKeyboardJson("pl.json", text);
    REQUIRE(read.has_value());
    CHECK(*read == layout);
}

TEST_CASE("shift and the long-press lists may be left out")
{
    const auto read = parseKeyboardJson("x.json", R"({"source": "s", "rows": [[{"key": "AD01", "base": "ش"}]]})");
    REQUIRE(read.has_value());
    CHECK(read->rows.at(0).at(0).base == "ش");
    CHECK(read->rows.at(0).at(0).shift.empty());
    CHECK(read->rows.at(0).at(0).longPress.empty());
}

TEST_CASE("problems name the file, the JSON path, line and column")
{
    const auto check = [](std::string_view text, std::string_view code, std::string_view path, int line) {
        const auto read = parseKeyboardJson("k.json", text);
        REQUIRE_FALSE(read.has_value());
        CHECK(read.error().code == code);
        CHECK(read.error().jsonPath == path);
        CHECK(read.error().file == "k.json");
        CHECK(read.error().position.line == line);
    };
    check("{\"source\": \"s\",\n \"rows\": [[{\"key\": \"A\",\n \"base\": \"\"}]]}", "invalid-label", "/rows/0/0/base", 3);
    check("{\"source\": \"s\", \"rows\": [[{\"key\": \"A\", \"base\": \"a\", \"colour\": 1}]]}", "unknown-key",
          "/rows/0/0/colour", 1);
    check("{\"source\": \"s\", \"rows\": [[{\"key\": \"A\", \"base\": \"a\"}, {\"key\": \"A\", \"base\": \"b\"}]]}",
          "duplicate-key", "/rows/0/1/key", 1);
    check("{\"source\": \"s\", \"rows\": []}", "wrong-type", "/rows", 1);
    check("{\"source\": \"s\", \"rows\": [[]]}", "wrong-type", "/rows/0", 1);
    check("{\"rows\": [[{\"key\": \"A\", \"base\": \"a\"}]]}", "missing-key", "", 1);
    check("{\"source\": \"s\", \"rows\": [[{\"key\": \"A\", \"base\": \"a\", \"long_press\": [1]}]]}", "wrong-type",
          "/rows/0/0/long_press/0", 1);
    check("{\"source\": \"s\", \"rows\": [[{\"key\": \"A\"}]]}", "missing-key", "/rows/0/0", 1);
    check("[1, 2]", "wrong-type", "", 1);
}

TEST_CASE("a syntax error is a diagnostic too")
{
    const auto read = parseKeyboardJson("k.json", "{\"source\": \"s\",\n \"rows\": [[}");
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().position.line == 2);
}
