#include "text/GlyphRasterizer.hpp"

#include "text/FontFace.hpp"

#include <algorithm>
#include <cmath>

#include FT_OUTLINE_H

namespace helder::text {

std::optional<GlyphBitmap> rasterizeGlyph(const FontFace& face, std::uint32_t glyphId, float fontSize,
                                          float subpixelX)
{
    FT_Face ftFace = face.ftFace();
    if (FT_Set_Char_Size(ftFace, 0, static_cast<FT_F26Dot6>(std::lround(fontSize * 64.0F)), 72, 72) != 0
        || FT_Load_Glyph(ftFace, glyphId, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0) {
        return std::nullopt;
    }
    FT_GlyphSlot slot = ftFace->glyph;
    if (slot->format == FT_GLYPH_FORMAT_OUTLINE) {
        FT_Outline_Translate(&slot->outline, static_cast<FT_Pos>(std::lround(subpixelX * 64.0F)), 0);
    }
    if (FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL) != 0) {
        return std::nullopt;
    }
    const FT_Bitmap& bitmap = slot->bitmap;
    GlyphBitmap result;
    result.left = slot->bitmap_left;
    result.top = slot->bitmap_top;
    result.image.width = static_cast<int>(bitmap.width);
    result.image.height = static_cast<int>(bitmap.rows);
    result.image.pixels.resize(static_cast<std::size_t>(bitmap.width) * bitmap.rows);
    for (unsigned row = 0; row < bitmap.rows; ++row) {
        const unsigned char* source = bitmap.buffer + static_cast<std::ptrdiff_t>(row) * bitmap.pitch;
        std::copy(source, source + bitmap.width, result.image.pixels.begin() + static_cast<std::ptrdiff_t>(row * bitmap.width));
    }
    return result;
}

GreyImage rasterize(const Layout& layout, int padding)
{
    GreyImage image;
    image.width = static_cast<int>(std::ceil(layout.width)) + 2 * padding;
    image.height = static_cast<int>(std::ceil(layout.height)) + 2 * padding;
    image.pixels.assign(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height), 0);
    for (const LayoutLine& line : layout.lines) {
        for (const GlyphRun& run : line.runs) {
            for (const PositionedGlyph& glyph : run.glyphs) {
                const float whole = std::floor(glyph.x);
                const auto bitmap = rasterizeGlyph(*run.face, glyph.glyphId, run.fontSize, glyph.x - whole);
                if (!bitmap) {
                    continue;
                }
                const int originX = padding + static_cast<int>(whole) + bitmap->left;
                const int originY = padding + static_cast<int>(std::lround(glyph.y)) - bitmap->top;
                for (int y = 0; y < bitmap->image.height; ++y) {
                    const int targetY = originY + y;
                    if (targetY < 0 || targetY >= image.height) {
                        continue;
                    }
                    for (int x = 0; x < bitmap->image.width; ++x) {
                        const int targetX = originX + x;
                        if (targetX < 0 || targetX >= image.width) {
                            continue;
                        }
                        auto& pixel = image.pixels[static_cast<std::size_t>(targetY) * static_cast<std::size_t>(image.width)
                                                   + static_cast<std::size_t>(targetX)];
                        pixel = static_cast<std::uint8_t>(std::min(255, pixel + bitmap->image.at(x, y)));
                    }
                }
            }
        }
    }
    return image;
}

} // namespace helder::text
