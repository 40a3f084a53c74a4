#pragma once
// The result of a layout: lines of positioned glyph runs, in pixels, y growing downwards.
// A screen rasterises the glyphs; a PDF writer embeds face->path() (subset keeping glyph ids),
// draws glyphId at (x, y) and writes text.substr(clusterBegin, clusterEnd - clusterBegin) into
// its ToUnicode map.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace helder::text {

class FontFace;

struct PositionedGlyph {
    std::uint32_t glyphId = 0;   // 0 is .notdef: only for code points listed in Layout::missing
    float x = 0.0F;              // glyph origin, px from the layout's left edge
    float y = 0.0F;              // baseline, px from the layout's top edge
    float advance = 0.0F;        // px; marks have 0
    std::size_t clusterBegin = 0; // byte range in Layout::text this glyph was shaped from;
    std::size_t clusterEnd = 0;   // glyphs of one cluster share it (a base and its marks)
};

struct GlyphRun {
    const FontFace* face = nullptr; // owned by the engine; lives as long as it
    float fontSize = 0.0F;          // px
    bool rightToLeft = false;
    std::size_t textBegin = 0;      // byte range in Layout::text
    std::size_t textEnd = 0;
    std::vector<PositionedGlyph> glyphs; // visual order, left to right
};

struct LayoutLine {
    std::vector<GlyphRun> runs; // visual order, left to right
    std::size_t textBegin = 0;  // byte range of the line, trailing spaces included, newline excluded
    std::size_t textEnd = 0;
    bool rightToLeft = false;   // paragraph direction
    float left = 0.0F;          // x of the first glyph's origin
    float width = 0.0F;         // advance width without trailing spaces
    float top = 0.0F;
    float baseline = 0.0F;
    float ascent = 0.0F;
    float descent = 0.0F;       // positive, below the baseline
    float height = 0.0F;        // line pitch
};

struct MissingCodePoint {
    char32_t codePoint = 0;
    std::size_t byteOffset = 0;
    friend bool operator==(const MissingCodePoint&, const MissingCodePoint&) = default;
};

struct Layout {
    std::string text;            // the source the byte offsets refer to
    bool rightToLeft = false;    // resolved base direction
    float width = 0.0F;          // the alignment box: maxWidth when given, else the widest line
    float height = 0.0F;
    std::vector<LayoutLine> lines;
    std::vector<MissingCodePoint> missing; // code points no installed font covers

    [[nodiscard]] float widestLine() const
    {
        float widest = 0.0F;
        for (const LayoutLine& line : lines) {
            widest = line.width > widest ? line.width : widest;
        }
        return widest;
    }
};

} // namespace helder::text
