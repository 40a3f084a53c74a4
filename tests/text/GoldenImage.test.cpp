#include "text/Bidi.hpp"
#include "text/GlyphRasterizer.hpp"

#include "GoldenImage.hpp"
#include "TestEngine.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace helder::text;
using helder::text::test::engine;

namespace {

constexpr float sampleWidth = 760.0F;
constexpr int padding = 6;

// One line per supported script; right-to-left lines are right-aligned.
GreyImage renderSamples()
{
    const std::vector<std::pair<std::string, std::string>> samples{
        {"Nederlands: Wij helpen u graag — één vraag per scherm.", "nl"},
        {"Français : Où habitez-vous ? Garçon, cœur, élève.", "fr"},
        {"Polski: Zażółć gęślą jaźń. Łódź, Kraków.", "pl"},
        {"Türkçe: Iğdır, İstanbul, ılık, şoför, dağ.", "tr"},
        {"Română: Știință, țară, împărat, mâine.", "ro"},
        {"Українська: Привіт! Ґанок, їжак, європеєць.", "uk"},
        {"Ελληνικά: Καλημέρα, πώς είστε;", "el"},
        {"العربية: مُحَمَّدٌ يَسْكُنُ فِي بَلْجِيكَا، لا بأس.", "ar"},
        {"دری: نام شما چیست؟ گ پ چ ژ ۱۲۳", "prs"},
        {"עברית: שלום, מה שלומך?", "he"},
        {"ትግርኛ: ሰላም! ከመይ ኣለኹም? ሓገዝ", "ti"},
        {"हिन्दी: नमस्ते, आप कैसे हैं?", "hi"},
        {"Emoji: 😀 👍 ❤ ☕ 🏠 ✓", "nl"},
        {"Naam: " + isolate("محمد") + " 123", "nl"},
    };
    std::vector<GreyImage> lines;
    for (const auto& [text, language] : samples) {
        LayoutRequest request;
        request.text = text;
        request.language = language;
        request.fontSize = 24.0F;
        request.maxWidth = sampleWidth;
        const Layout layout = engine().layout(request);
        CHECK_MESSAGE(layout.missing.empty(), text);
        CHECK_MESSAGE(layout.lines.size() == 1, text);
        lines.push_back(rasterize(layout, padding));
    }
    GreyImage sheet;
    sheet.width = static_cast<int>(sampleWidth) + 2 * padding;
    for (const GreyImage& line : lines) {
        sheet.height += line.height;
    }
    sheet.pixels.assign(static_cast<std::size_t>(sheet.width) * static_cast<std::size_t>(sheet.height), 0);
    int top = 0;
    for (const GreyImage& line : lines) {
        for (int y = 0; y < line.height; ++y) {
            std::copy_n(line.pixels.begin() + static_cast<std::ptrdiff_t>(y * line.width), std::min(line.width, sheet.width),
                        sheet.pixels.begin() + static_cast<std::ptrdiff_t>((top + y) * sheet.width));
        }
        top += line.height;
    }
    // Dark ink on white reads better when a person looks at the file.
    for (std::uint8_t& pixel : sheet.pixels) {
        pixel = static_cast<std::uint8_t>(255 - pixel);
    }
    return sheet;
}

} // namespace

TEST_CASE("golden image: one line per script, rasterised by the engine")
{
    const GreyImage actual = renderSamples();
    helder::test::checkGoldenImage(actual, helder::test::fixture("text/golden/scripts.png"),
                                   HELDER_TEXT_TEST_OUTPUT);
}
