#pragma once
// FreeType rasterising of laid-out glyphs into coverage bitmaps: golden images now, the SFML
// glyph atlas later. No display is needed.

#include "text/GreyImage.hpp"
#include "text/Layout.hpp"

#include <cstdint>
#include <optional>

namespace helder::text {

class FontFace;

struct GlyphBitmap {
    int left = 0; // from the glyph origin to the bitmap's left column, px
    int top = 0;  // from the baseline up to the bitmap's top row, px
    GreyImage image;
};

// One glyph at `fontSize` px, its origin shifted right by `subpixelX` (0 ≤ subpixelX < 1) so
// that glyphs keep their fractional positions. Unhinted, like the shaping. nullopt when the
// face cannot render it; an empty image for blank glyphs (space).
std::optional<GlyphBitmap> rasterizeGlyph(const FontFace& face, std::uint32_t glyphId, float fontSize,
                                          float subpixelX);

// A whole layout on a transparent image of the layout's size plus `padding` px on every side.
GreyImage rasterize(const Layout& layout, int padding);

} // namespace helder::text
