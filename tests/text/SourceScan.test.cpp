#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

// Text reaches pixels and PDFs only as the text engine's glyph runs (DESIGN §5): SFML's text
// class cannot join Arabic and PoDoFo's text drawing does no shaping.
TEST_CASE("no Helder source draws text around the text engine")
{
    // Whole words: sf::Texture is fine, sf::Text is not. (Split so this file does not match.)
    const std::vector<std::pair<std::string, std::regex>> forbidden{
        {"sf::Text", std::regex(std::string("sf::") + "Text\\b")},
        {"DrawText(", std::regex(std::string("Draw") + "Text\\s*\\(")},
    };
    std::size_t scanned = 0;
    for (const char* area : {"kiosk", "printer"}) {
        const std::filesystem::path root = helder::test::sourceDir() / area;
        if (!std::filesystem::is_directory(root)) {
            continue;
        }
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
            const std::string extension = entry.path().extension().string();
            if (!entry.is_regular_file() || (extension != ".cpp" && extension != ".hpp" && extension != ".h")) {
                continue;
            }
            ++scanned;
            const std::string source = helder::test::readFile(entry.path());
            for (const auto& [word, pattern] : forbidden) {
                CHECK_MESSAGE(!std::regex_search(source, pattern), entry.path().string() << " uses " << word);
            }
        }
    }
    CHECK(scanned > 10); // the scan really saw the sources (the text engine alone has more)
}

TEST_CASE("the scan tells sf::Text from sf::Texture")
{
    const std::regex pattern(std::string("sf::") + "Text\\b");
    CHECK(std::regex_search(std::string("sf::") + "Text label;", pattern));
    CHECK_FALSE(std::regex_search(std::string("sf::") + "Texture atlas;", pattern));
}
