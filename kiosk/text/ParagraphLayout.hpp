#pragma once
// One paragraph (text between newlines) turned into lines: grapheme clusters get a script and
// a face, runs of equal bidi level, script and face are shaped whole (cached), lines are filled
// at ICU line breaks (or between graphemes inside a word wider than the line), and each line
// is reordered with ICU bidi. Runs cut by a line end are reused where HarfBuzz says the cut is
// safe and reshaped otherwise.

#include "text/FontCollection.hpp"
#include "text/Layout.hpp"
#include "text/LayoutRequest.hpp"
#include "text/Shaper.hpp"
#include "text/Utf16Text.hpp"

#include <memory>
#include <vector>

#include <unicode/ubidi.h>
#include <unicode/ubrk.h>

namespace helder::text {

// What the engine lends to a paragraph: its fonts, shaper and reusable ICU objects.
struct ParagraphTools {
    FontCollection& fonts;
    Shaper& shaper;
    UBreakIterator* graphemes;
    UBreakIterator* lineBreaks;
    UBiDi* paragraphBidi;
    UBiDi* lineBidi;
};

class ParagraphLayout {
public:
    // [begin, end) are UTF-16 indices of `text`. forcedFace, when set, draws every cluster
    // (icons); otherwise faces come from the fallback lists.
    ParagraphLayout(ParagraphTools tools, const LayoutRequest& request, const Utf16Text& text,
                    std::size_t begin, std::size_t end, bool rightToLeft, const FontFace* forcedFace,
                    const FontFace* primaryFace);

    // Lines with glyph x from the line's start and y from its baseline; not yet aligned.
    void run(std::vector<LayoutLine>& lines, std::vector<MissingCodePoint>& missing);

private:
    struct Item {
        std::size_t begin = 0; // paragraph-relative UTF-16
        std::size_t end = 0;
        UBiDiLevel level = 0;
        int script = 0;
        const FontFace* face = nullptr;
        std::shared_ptr<const ShapedRun> shaped;
    };
    struct Break {
        std::size_t at = 0;
        bool mandatory = false;
    };

    void itemize(std::vector<MissingCodePoint>& missing);
    void shapeItems();
    [[nodiscard]] bool onlyIgnorable(std::size_t begin, std::size_t end) const;
    void findBreaks();
    std::size_t lineEnd(std::size_t start) const;
    std::size_t visibleEnd(std::size_t start, std::size_t end) const;
    float width(std::size_t from, std::size_t to) const;
    LayoutLine buildLine(std::size_t start, std::size_t end);
    void appendPiece(GlyphRun& run, const Item& item, std::size_t from, std::size_t to, float& pen);
    bool safeCut(const Item& item, std::size_t at) const;

    ParagraphTools m_tools;
    const LayoutRequest& m_request;
    const Utf16Text& m_text;
    std::size_t m_begin;
    std::size_t m_length;
    bool m_rightToLeft;
    const FontFace* m_forcedFace;
    const FontFace* m_primaryFace;
    const char16_t* m_units;

    std::vector<std::size_t> m_graphemeStarts; // paragraph-relative, plus m_length
    std::vector<Item> m_items;
    std::vector<float> m_advances;       // px per UTF-16 index (the cluster's advance at its start)
    std::vector<std::int32_t> m_glyphBegin; // per UTF-16 index: first glyph of the cluster starting there
    std::vector<std::int32_t> m_glyphEnd;   // one past its last glyph; -1 when no cluster starts there
    std::vector<Break> m_breaks;
};

} // namespace helder::text
