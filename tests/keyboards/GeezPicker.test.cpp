#include "keyboards/GeezPicker.hpp"
#include "keyboards/GeezPickerJson.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace helder::keyboards;

namespace {

const GeezConsonant* consonantOf(const GeezPicker& picker, std::string_view firstOrder)
{
    const auto found = std::ranges::find_if(picker.consonants,
                                            [&](const GeezConsonant& c) { return c.orders[0] == firstOrder; });
    return found == picker.consonants.end() ? nullptr : &*found;
}

} // namespace

TEST_CASE("the ሀ row holds the seven orders ä u i a e ə o")
{
    const GeezPicker picker = buildGeezPicker();
    REQUIRE_FALSE(picker.consonants.empty());
    const GeezConsonant& ha = picker.consonants.front();
    CHECK(ha.name == "HA");
    CHECK(ha.orders == std::array<std::string, 7>{"ሀ", "ሁ", "ሂ", "ሃ", "ሄ", "ህ", "ሆ"});
    CHECK(ha.labialised == std::vector<std::string>{"ሇ"});
}

TEST_CASE("the ቀ row and its labio-velar forms")
{
    const GeezPicker picker = buildGeezPicker();
    const GeezConsonant* qa = consonantOf(picker, "ቀ");
    REQUIRE(qa != nullptr);
    CHECK(qa->name == "QA");
    CHECK(qa->orders == std::array<std::string, 7>{"ቀ", "ቁ", "ቂ", "ቃ", "ቄ", "ቅ", "ቆ"});
    CHECK(qa->labialised == std::vector<std::string>{"ቇ", "ቈ", "ቊ", "ቋ", "ቌ", "ቍ"});
}

TEST_CASE("the Tigrinya letters ቐ and ኸ are there with all their orders")
{
    const GeezPicker picker = buildGeezPicker();
    const GeezConsonant* qha = consonantOf(picker, "ቐ");
    REQUIRE(qha != nullptr);
    CHECK(qha->name == "QHA");
    CHECK(qha->orders[1] == "ቑ");
    CHECK(qha->orders[6] == "ቖ");
    CHECK(qha->labialised == std::vector<std::string>{"ቘ", "ቚ", "ቛ", "ቜ", "ቝ"});
    const GeezConsonant* kxa = consonantOf(picker, "ኸ");
    REQUIRE(kxa != nullptr);
    CHECK(kxa->orders[1] == "ኹ");
    CHECK(kxa->orders[5] == "ኽ");
}

TEST_CASE("only assigned code points appear, each consonant once")
{
    const GeezPicker picker = buildGeezPicker();
    CHECK(picker.consonants.size() >= 33); // the Tigrinya alphabet's consonants, and more
    std::vector<std::string> seen;
    for (const auto& consonant : picker.consonants) {
        CHECK_FALSE(consonant.name.empty());
        for (const auto& order : consonant.orders) {
            CHECK(order.size() == 3); // U+1200-U+137F is three bytes in UTF-8
            seen.push_back(order);
        }
        seen.insert(seen.end(), consonant.labialised.begin(), consonant.labialised.end());
    }
    // U+1249 (between ቈ and ቊ) is unassigned.
    CHECK(std::ranges::find(seen, "\u1249") == seen.end());
    std::ranges::sort(seen);
    CHECK(std::ranges::adjacent_find(seen) == seen.end());
    CHECK(std::ranges::find(picker.punctuation, "።") != picker.punctuation.end());
    CHECK(std::ranges::find(picker.punctuation, "፣") != picker.punctuation.end());
}

TEST_CASE("the picker reads back from its JSON, and a consonant with six orders is refused")
{
    const GeezPicker picker = buildGeezPicker();
    const auto read = parseGeezPickerJson("geez.json", writeGeezPickerJson(picker));
    REQUIRE(read.has_value());
    CHECK(*read == picker);

    const auto six = parseGeezPickerJson(
        "g.json", R"({"source": "s", "consonants": [{"name": "HA", "orders": ["ሀ", "ሁ", "ሂ", "ሃ", "ሄ", "ህ"]}]})");
    REQUIRE_FALSE(six.has_value());
    CHECK(six.error().code == "wrong-order-count");
    CHECK(six.error().jsonPath == "/consonants/0/orders");

    const auto unknown = parseGeezPickerJson("g.json", R"({"source": "s", "consonants": [], "x": 1})");
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == "unknown-key");
}
