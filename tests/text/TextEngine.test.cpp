#include "text/Bidi.hpp"
#include "text/FontFace.hpp"
#include "text/ShapeCache.hpp"
#include "text/TextEngine.hpp"

#include "TestEngine.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace helder::text;
using helder::text::test::engine;
using helder::text::test::lay;

namespace {

std::vector<PositionedGlyph> glyphs(const Layout& layout)
{
    std::vector<PositionedGlyph> all;
    for (const LayoutLine& line : layout.lines) {
        for (const GlyphRun& run : line.runs) {
            all.insert(all.end(), run.glyphs.begin(), run.glyphs.end());
        }
    }
    return all;
}

std::vector<std::string> families(const Layout& layout)
{
    std::vector<std::string> names;
    for (const LayoutLine& line : layout.lines) {
        for (const GlyphRun& run : line.runs) {
            if (!run.glyphs.empty()) {
                names.push_back(run.face->familyName());
            }
        }
    }
    return names;
}

// The glyph drawn for the cluster starting at `byte`.
const PositionedGlyph* glyphAt(const std::vector<PositionedGlyph>& all, std::size_t byte)
{
    const auto found = std::find_if(all.begin(), all.end(),
                                    [byte](const PositionedGlyph& glyph) { return glyph.clusterBegin == byte; });
    return found == all.end() ? nullptr : &*found;
}

} // namespace

TEST_CASE("Arabic letters join: their glyphs differ from the isolated forms")
{
    const std::string word = "محمد"; // meem, hah, meem, dal: 2 bytes each
    const Layout joined = lay(word, "ar");
    CHECK(joined.rightToLeft);
    CHECK(joined.missing.empty());
    const auto joinedGlyphs = glyphs(joined);
    REQUIRE(joinedGlyphs.size() == 4);
    for (std::size_t letter = 0; letter < 3; ++letter) { // the last, dal, is isolated-looking anyway
        const Layout alone = lay(word.substr(letter * 2, 2), "ar");
        const auto aloneGlyphs = glyphs(alone);
        REQUIRE(aloneGlyphs.size() == 1);
        const PositionedGlyph* inWord = glyphAt(joinedGlyphs, letter * 2);
        REQUIRE(inWord != nullptr);
        CHECK(inWord->glyphId != aloneGlyphs.front().glyphId);
    }
    // Right to left: the first letter is drawn rightmost.
    CHECK(glyphAt(joinedGlyphs, 0)->x > glyphAt(joinedGlyphs, 6)->x);
    CHECK(families(joined).front().find("Arabic") != std::string::npos);
}

TEST_CASE("an isolated Arabic name inside a Dutch sentence keeps the visual order Naam: محمد 123")
{
    const std::string name = "محمد";
    const std::string text = "Naam: " + isolate(name) + " 123";
    const Layout layout = lay(text, "nl");
    CHECK_FALSE(layout.rightToLeft);
    const auto all = glyphs(layout);
    const std::size_t nameStart = text.find(name);
    const std::size_t digits = text.find("123");
    const PositionedGlyph* n = glyphAt(all, 0);
    const PositionedGlyph* firstLetter = glyphAt(all, nameStart);
    const PositionedGlyph* lastLetter = glyphAt(all, nameStart + 6);
    const PositionedGlyph* one = glyphAt(all, digits);
    const PositionedGlyph* three = glyphAt(all, digits + 2);
    REQUIRE(n != nullptr);
    REQUIRE(firstLetter != nullptr);
    REQUIRE(lastLetter != nullptr);
    REQUIRE(one != nullptr);
    REQUIRE(three != nullptr);
    CHECK(n->x < lastLetter->x);
    CHECK(lastLetter->x < firstLetter->x); // the name reads right to left
    CHECK(firstLetter->x < one->x);        // and the number follows it, not precedes it
    CHECK(one->x < three->x);
}

TEST_CASE("harakat attach to their letter: zero advance, same cluster as the base")
{
    const std::string text = "مُحَمَّد"; // damma, fatha, shadda + fatha
    const Layout layout = lay(text, "ar");
    CHECK(layout.missing.empty());
    const auto all = glyphs(layout);
    std::size_t marks = 0;
    for (const PositionedGlyph& glyph : all) {
        if (glyph.advance == 0.0F) {
            ++marks;
            // A mark's cluster starts at a base letter (meem 0xD9 0x85, hah 0xD8 0xAD), never at the mark itself.
            const std::string clusterStart = text.substr(glyph.clusterBegin, 2);
            CHECK((clusterStart == "م" || clusterStart == "ح"));
            CHECK(glyph.clusterEnd - glyph.clusterBegin > 2);
        }
    }
    CHECK(marks >= 3); // shadda + fatha may be one combined mark glyph
    CHECK(all.size() < 8);
}

TEST_CASE("lam-alef becomes one ligature glyph")
{
    const Layout layout = lay("لا", "ar");
    CHECK(layout.missing.empty());
    const auto all = glyphs(layout);
    CHECK(all.size() < 2);
    REQUIRE(all.size() == 1);
    CHECK(all.front().glyphId != 0);
    CHECK(all.front().clusterBegin == 0);
    CHECK(all.front().clusterEnd == 4);
}

TEST_CASE("Tigrinya is drawn with an Ethiopic face, nothing missing")
{
    const std::string text = "ሰላም! ከመይ ኣለኹም?";
    const Layout layout = lay(text, "ti");
    CHECK(layout.missing.empty());
    for (const GlyphRun& run : layout.lines.at(0).runs) {
        const bool letters = run.textBegin == 0 || run.textBegin == text.find("ከመይ");
        if (letters) {
            CHECK(run.face->familyName() == "Noto Sans Ethiopic");
        } else { // "!", "?" come from Noto Sans, which has them
            CHECK((run.face->familyName() == "Noto Sans Ethiopic" || run.face->familyName() == "Noto Sans"));
        }
    }
    const std::vector<std::string> used = families(layout);
    CHECK(std::count(used.begin(), used.end(), "Noto Sans Ethiopic") == 2);
    for (const PositionedGlyph& glyph : glyphs(layout)) {
        CHECK(glyph.glyphId != 0);
    }
}

TEST_CASE("Dari is right to left with an Arabic-script face")
{
    const Layout layout = lay("سلام، حال شما چطور است؟ گ پ ژ", "prs");
    CHECK(layout.rightToLeft);
    CHECK(layout.missing.empty());
    for (const std::string& family : families(layout)) {
        CHECK(family.find("Arabic") != std::string::npos);
    }
}

TEST_CASE("a date or a number in Arabic text is drawn in one Latin face, its slashes and dots included")
{
    // Noto Sans Arabic has digits but no "/": the date used to switch to a serif fallback face
    // after its first two digits.
    for (const auto& [text, direction] : std::vector<std::pair<std::string, BaseDirection>>{
             {"14/03/1985", BaseDirection::Auto},
             {isolate("14/03/1985"), BaseDirection::RightToLeft},
             {"ولد في " + isolate("14/03/1985") + " في غنت", BaseDirection::Auto},
             {isolate("85.03.14-124.01"), BaseDirection::RightToLeft}}) {
        const Layout layout = lay(text, "ar", direction);
        CHECK(layout.missing.empty());
        for (const LayoutLine& line : layout.lines) {
            for (const GlyphRun& run : line.runs) {
                const std::string part = text.substr(run.textBegin, run.textEnd - run.textBegin);
                if (part.find_first_of("0123456789") != std::string::npos) {
                    CHECK_MESSAGE(run.face->familyName() == "Noto Sans", part);
                }
            }
        }
    }
}

TEST_CASE("an isolated Latin date in Arabic text is as tall as the same date alone")
{
    // The isolate controls draw nothing; the face they fall to must not make the line taller.
    const Layout isolated = lay(isolate("14/03/1985"), "ar", BaseDirection::RightToLeft);
    const Layout alone = lay("14/03/1985", "en");
    REQUIRE(isolated.lines.size() == 1);
    CHECK(isolated.height == doctest::Approx(alone.height));
}

TEST_CASE("Ukrainian, Polish and Romanian letters all have glyphs")
{
    for (const auto& [text, language] : std::vector<std::pair<std::string, std::string>>{
             {"Привіт! Ґанок, їжак, європеєць.", "uk"},
             {"Zażółć gęślą jaźń. ŁÓDŹ", "pl"},
             {"Știință și țară. Î â ă", "ro"}}) {
        const Layout layout = lay(text, language);
        CHECK(layout.missing.empty());
        CHECK_FALSE(layout.rightToLeft);
        for (const PositionedGlyph& glyph : glyphs(layout)) {
            CHECK(glyph.glyphId != 0);
        }
        CHECK(families(layout).front() == "Noto Sans");
    }
}

TEST_CASE("Turkish dotless ı and dotted İ are their own glyphs")
{
    const auto lower = glyphs(lay("ıi", "tr"));
    const auto upper = glyphs(lay("İI", "tr"));
    REQUIRE(lower.size() == 2);
    REQUIRE(upper.size() == 2);
    CHECK(lower[0].glyphId != 0);
    CHECK(lower[0].glyphId != lower[1].glyphId);
    CHECK(upper[0].glyphId != 0);
    CHECK(upper[0].glyphId != upper[1].glyphId);
}

TEST_CASE("emoji fall back to Symbola, with outlines, not the colour bitmap font")
{
    const std::string text = "Dank u 😀";
    const Layout layout = lay(text, "nl");
    CHECK(layout.missing.empty());
    bool symbola = false;
    for (const LayoutLine& line : layout.lines) {
        for (const GlyphRun& run : line.runs) {
            if (run.textBegin == text.find("😀")) {
                CHECK(run.face->familyName() == "Symbola");
                CHECK(run.glyphs.front().glyphId != 0);
                symbola = true;
            } else {
                CHECK(run.face->familyName() == "Noto Sans");
            }
        }
    }
    CHECK(symbola);
}

TEST_CASE("a code point no installed font covers is reported, by layout and by coverage")
{
    const std::string text = "a\U0001F8FFb\uE000"; // unassigned, then private use (only the icon font has it)
    const Layout layout = lay(text, "nl");
    const std::vector<MissingCodePoint> expected{{U'\U0001F8FF', 1}, {U'\uE000', 6}};
    CHECK(layout.missing == expected);
    CHECK(engine().coverage(text) == expected);
    CHECK(engine().coverage("Łódź محمد ሰላም 😀").empty());
    // Still drawn (as .notdef), never dropped.
    CHECK(glyphs(layout).size() == 4);
}

TEST_CASE("lines never exceed the maximum width, left to right and right to left")
{
    const std::vector<std::pair<std::string, std::string>> paragraphs{
        {"Welke documenten moet u meebrengen naar het Sociaal Huis? Uw identiteitskaart, uw "
         "bankkaart en een recent loonbriefje of een bewijs van uitkering.", "nl"},
        {"ما هي الوثائق التي يجب أن تحضرها إلى المركز الاجتماعي؟ بطاقة الهوية والبطاقة البنكية "
         "وقسيمة الراتب الأخيرة أو إثبات الإعانة.", "ar"}};
    for (const auto& [text, language] : paragraphs) {
        LayoutRequest request;
        request.text = text;
        request.language = language;
        request.fontSize = 24.0F;
        request.maxWidth = 300.0F;
        const Layout layout = engine().layout(request);
        CHECK(layout.lines.size() > 2);
        CHECK(layout.missing.empty());
        for (const LayoutLine& line : layout.lines) {
            CHECK(line.width <= 300.0F + 0.01F);
            if (&line != &layout.lines.back()) {
                CHECK(line.width > 150.0F); // filled, not broken at every space
            }
            if (layout.rightToLeft) {
                CHECK(line.left + line.width == doctest::Approx(300.0F)); // Start is the right edge
            } else {
                CHECK(line.left == 0.0F);
            }
            for (const GlyphRun& run : line.runs) {
                for (const PositionedGlyph& glyph : run.glyphs) {
                    CHECK(glyph.x >= line.left - 0.01F);
                    CHECK(glyph.x + glyph.advance <= 300.0F + 0.01F);
                }
            }
        }
        // Every byte of the text is on exactly one line, in order.
        CHECK(layout.lines.front().textBegin == 0);
        for (std::size_t i = 1; i < layout.lines.size(); ++i) {
            CHECK(layout.lines[i].textBegin == layout.lines[i - 1].textEnd);
            CHECK(layout.lines[i].top > layout.lines[i - 1].top);
        }
        CHECK(layout.lines.back().textEnd == text.size());
    }
}

TEST_CASE("a word wider than the line is cut between graphemes, never inside one")
{
    LayoutRequest request;
    request.text = "Arbeidsongeschiktheidsuitkering👩‍👩‍👧‍👦👍🏽";
    request.language = "nl";
    request.fontSize = 20.0F;
    request.maxWidth = 60.0F;
    const Layout layout = engine().layout(request);
    CHECK(layout.lines.size() > 4);
    const std::size_t family = request.text.find("👩");
    const std::size_t thumb = request.text.find("👍");
    for (const LayoutLine& line : layout.lines) {
        // Symbola has no family ligature: its four people are wider than the line, and stay one.
        const bool wholeFamily = line.textBegin == family && line.textEnd == thumb;
        CHECK((line.width <= 60.01F || wholeFamily));
        CHECK(line.textEnd > line.textBegin);
        const bool insideFamily = line.textBegin > family && line.textBegin < thumb;
        const bool insideThumb = line.textBegin > thumb && line.textBegin < request.text.size();
        CHECK_FALSE(insideFamily);
        CHECK_FALSE(insideThumb);
    }
}

TEST_CASE("newlines start new lines; an empty line still has a height")
{
    const Layout layout = lay("een\n\ntwee", "nl");
    REQUIRE(layout.lines.size() == 3);
    CHECK(layout.lines[1].runs.empty());
    CHECK(layout.lines[1].height > 0.0F);
    CHECK(layout.lines[2].textBegin == 5);
    CHECK(layout.height == doctest::Approx(layout.lines[0].height * 3.0F));
}

TEST_CASE("laying out the same text again is served by the shaping cache")
{
    LayoutRequest request;
    request.text = "Vraag 3 van 12: Woont u alleen? هل تعيش وحدك؟";
    request.language = "nl";
    (void)engine().layout(request);
    const std::size_t misses = engine().shapeCache().misses();
    const std::size_t hits = engine().shapeCache().hits();
    (void)engine().layout(request);
    CHECK(engine().shapeCache().misses() == misses);
    CHECK(engine().shapeCache().hits() > hits);
    request.fontSize = 40.0F; // shaping does not depend on size
    (void)engine().layout(request);
    CHECK(engine().shapeCache().misses() == misses);
    request.text += "!";
    (void)engine().layout(request);
    CHECK(engine().shapeCache().misses() > misses);
}

TEST_CASE("the shaping cache is bounded in bytes and evicts the least recently used run")
{
    const auto key = [](std::u16string text) { return ShapeKey{nullptr, 0, false, "nl", std::move(text)}; };
    const auto run = [](std::size_t glyphs) {
        auto shaped = std::make_shared<ShapedRun>();
        shaped->glyphs.resize(glyphs);
        return shaped;
    };
    const std::size_t costA = ShapeCache::cost(key(u"een"), *run(3));
    const std::size_t costB = ShapeCache::cost(key(u"twee"), *run(4));
    ShapeCache cache(costA + costB);
    cache.insert(key(u"een"), run(3));
    cache.insert(key(u"twee"), run(4));
    CHECK(cache.size() == 2);
    CHECK(cache.bytes() == costA + costB);
    CHECK(cache.find(key(u"een")) != nullptr); // now the most recently used
    cache.insert(key(u"drie"), run(4));        // over the bound: "twee" goes
    CHECK(cache.bytes() <= cache.capacity());
    CHECK(cache.find(key(u"twee")) == nullptr);
    CHECK(cache.find(key(u"een")) != nullptr);
    CHECK(cache.find(key(u"drie")) != nullptr);
    CHECK(cache.hits() == 3);
    CHECK(cache.misses() == 1);
    cache.insert(key(u"een lange tekst"), run(4000)); // alone over the bound: kept, the rest goes
    CHECK(cache.size() == 1);
    CHECK(cache.find(key(u"een lange tekst")) != nullptr);
}

TEST_CASE("glyph runs give a PDF writer the font file, face index and cluster text")
{
    const std::string text = "Łódź";
    const Layout layout = lay(text, "pl");
    const GlyphRun& run = layout.lines.at(0).runs.at(0);
    CHECK(run.face->path().find("NotoSans-Regular.ttf") != std::string::npos);
    CHECK(run.face->faceIndex() == 0);
    std::string rebuilt;
    for (const PositionedGlyph& glyph : run.glyphs) {
        rebuilt += text.substr(glyph.clusterBegin, glyph.clusterEnd - glyph.clusterBegin);
    }
    CHECK(rebuilt == text);
}

TEST_CASE("bold asks for a bold face")
{
    LayoutRequest request;
    request.text = "Volgende";
    request.weight = Weight::Bold;
    const Layout layout = engine().layout(request);
    CHECK(layout.lines.at(0).runs.at(0).face->path().find("Bold") != std::string::npos);
}

TEST_CASE("Material icons by ligature name or code point")
{
    auto home = engine().layoutIcon("home", 48.0F);
    REQUIRE(home);
    CHECK(home->lines.at(0).runs.at(0).face->familyName() == "Material Icons");
    CHECK(home->lines.at(0).runs.at(0).glyphs.size() == 1);
    CHECK(home->lines.at(0).runs.at(0).glyphs.front().clusterEnd == 4);
    auto translate = engine().layoutIcon("translate", 48.0F);
    REQUIRE(translate);
    CHECK(translate->lines.at(0).runs.at(0).glyphs.front().glyphId
          != home->lines.at(0).runs.at(0).glyphs.front().glyphId);
    auto byCodePoint = engine().layoutIcon(U'\uE88A', 48.0F); // "home"
    REQUIRE(byCodePoint);
    CHECK(byCodePoint->lines.at(0).runs.at(0).glyphs.front().glyphId
          == home->lines.at(0).runs.at(0).glyphs.front().glyphId);
    CHECK_FALSE(engine().layoutIcon("no_such_icon_name", 48.0F));
}

TEST_CASE("direction detection and isolates")
{
    CHECK(detectDirection("123 محمد") == BaseDirection::RightToLeft);
    CHECK(detectDirection("123 Naam") == BaseDirection::LeftToRight);
    CHECK(detectDirection("123") == BaseDirection::LeftToRight);
    CHECK(isolate("x") == "\u2068x\u2069");
    CHECK(isolate("a\u2069b\u202Ec") == "\u2068abc\u2069"); // a stray PDI or override cannot escape
    CHECK(lay("محمد", "nl", BaseDirection::LeftToRight).rightToLeft == false);
}

TEST_CASE("Hebrew is right to left in Noto Sans Hebrew; Devanagari forms conjuncts")
{
    const Layout hebrew = lay("שלום עולם", "he");
    CHECK(hebrew.rightToLeft);
    CHECK(hebrew.missing.empty());
    CHECK(families(hebrew).front() == "Noto Sans Hebrew");
    const auto hebrewGlyphs = glyphs(hebrew);
    CHECK(glyphAt(hebrewGlyphs, 0)->x > glyphAt(hebrewGlyphs, 2)->x);

    const std::string namaste = "नमस्ते"; // न म स ् त े: the virama joins स and त
    const Layout devanagari = lay(namaste, "hi");
    CHECK(devanagari.missing.empty());
    CHECK(families(devanagari).front() == "Noto Sans Devanagari");
    CHECK(glyphs(devanagari).size() < 6);
}

TEST_CASE("brackets are mirrored inside right-to-left text")
{
    const auto rightToLeft = glyphs(lay("(محمد)", "ar"));
    const auto leftToRight = glyphs(lay("(Jan)", "nl"));
    const PositionedGlyph* open = glyphAt(rightToLeft, 0);
    REQUIRE(open != nullptr);
    // The logical opening bracket is drawn on the right, as a glyph facing the other way.
    CHECK(open->x > glyphAt(rightToLeft, 1)->x);
    const PositionedGlyph* close = glyphAt(rightToLeft, 9);
    REQUIRE(close != nullptr);
    CHECK(open->glyphId != close->glyphId);
    CHECK(leftToRight.front().glyphId != leftToRight.back().glyphId);
}

TEST_CASE("centred and end-aligned lines, and line spacing")
{
    LayoutRequest request;
    request.text = "Ja";
    request.maxWidth = 200.0F;
    request.alignment = Alignment::Center;
    const Layout centred = engine().layout(request);
    const LayoutLine& line = centred.lines.at(0);
    CHECK(line.left == doctest::Approx((200.0F - line.width) / 2.0F));
    CHECK(centred.lines[0].runs[0].glyphs[0].x == doctest::Approx(line.left));

    request.alignment = Alignment::End;
    CHECK(engine().layout(request).lines.at(0).left == doctest::Approx(200.0F - line.width));

    request.text = "een\ntwee";
    request.alignment = Alignment::Start;
    const float single = engine().layout(request).height;
    request.lineSpacing = 1.5F;
    CHECK(engine().layout(request).height == doctest::Approx(single * 1.5F));
}
