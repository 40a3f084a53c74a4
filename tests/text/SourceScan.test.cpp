#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

// Text reaches pixels and PDFs only as the text engine's glyph runs (DESIGN §5): SFML's text
// class cannot join Arabic and PoDoFo's text drawing does no shaping.
TEST_CASE("no Helder source draws text around the text engine")
{
    const std::vector<std::string> forbidden{std::string("sf::") + "Text", std::string("Draw") + "Text("};
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
            for (const std::string& word : forbidden) {
                CHECK_MESSAGE(source.find(word) == std::string::npos, entry.path().string() << " uses " << word);
            }
        }
    }
    CHECK(scanned > 10); // the scan really saw the sources (the text engine alone has more)
}
