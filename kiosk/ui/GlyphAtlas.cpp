#include "ui/GlyphAtlas.hpp"

#include "text/GlyphRasterizer.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace helder::ui {

// The texture is not cleared: each glyph writes its whole rectangle, the quads sample inside
// those rectangles only (no smoothing), and the free pixels between them are never read.
bool GlyphAtlas::create()
{
    if (!m_texture.create(width, initialHeight)) {
        return false;
    }
    reset();
    return true;
}

void GlyphAtlas::reset()
{
    m_glyphs.clear();
    // The white block of whiteTexel() first, then the glyphs beside it.
    constexpr unsigned whiteSide = 4;
    const std::vector<std::uint8_t> white(static_cast<std::size_t>(whiteSide) * whiteSide * 4U, 255);
    m_texture.update(white.data(), whiteSide, whiteSide, 1, 1);
    m_shelfX = whiteSide + 2;
    m_shelfY = 1;
    m_shelfHeight = whiteSide;
}

bool GlyphAtlas::grow(unsigned neededHeight)
{
    unsigned height = m_texture.getSize().y;
    while (height < neededHeight && height < maxHeight) {
        height *= 2;
    }
    height = std::min(height, maxHeight);
    if (height < neededHeight) {
        return false;
    }
    sf::Texture larger;
    if (!larger.create(width, height)) {
        return false;
    }
    larger.update(m_texture, 0, 0); // the glyphs placed so far keep their rectangles
    m_texture.swap(larger);
    return true;
}

bool GlyphAtlas::makeRoom(unsigned height)
{
    if (m_shelfY + height + 1 <= m_texture.getSize().y || grow(m_shelfY + height + 1)) {
        return true;
    }
    reset();
    ++m_generation;
    return m_shelfY + height + 1 <= m_texture.getSize().y;
}

std::optional<AtlasGlyph> GlyphAtlas::glyph(const text::FontFace& face, std::uint32_t glyphId, float fontSize,
                                            int subpixel)
{
    const Key key{&face, glyphId, static_cast<std::int32_t>(std::lround(fontSize * 64.0F)), subpixel};
    if (const auto found = m_glyphs.find(key); found != m_glyphs.end()) {
        return found->second;
    }
    const auto bitmap = text::rasterizeGlyph(face, glyphId, fontSize,
                                             static_cast<float>(subpixel) / static_cast<float>(subpixelSteps));
    if (!bitmap) {
        m_glyphs.emplace(key, std::nullopt);
        return std::nullopt;
    }
    AtlasGlyph placed{sf::IntRect(), bitmap->left, bitmap->top};
    const auto glyphWidth = static_cast<unsigned>(bitmap->image.width);
    const auto glyphHeight = static_cast<unsigned>(bitmap->image.height);
    const bool fits = glyphWidth > 0 && glyphHeight > 0 && glyphWidth + 2 < width && glyphHeight + 2 < maxHeight;
    if (fits && m_shelfX + glyphWidth + 1 > width) {
        m_shelfX = 1;
        m_shelfY += m_shelfHeight + 1;
        m_shelfHeight = 0;
    }
    if (fits && makeRoom(glyphHeight)) {
        std::vector<std::uint8_t> rgba(static_cast<std::size_t>(glyphWidth) * glyphHeight * 4U, 255);
        for (std::size_t i = 0; i < bitmap->image.pixels.size(); ++i) {
            rgba[i * 4U + 3U] = bitmap->image.pixels[i];
        }
        m_texture.update(rgba.data(), glyphWidth, glyphHeight, m_shelfX, m_shelfY);
        placed.texture = sf::IntRect(static_cast<int>(m_shelfX), static_cast<int>(m_shelfY),
                                     static_cast<int>(glyphWidth), static_cast<int>(glyphHeight));
        m_shelfX += glyphWidth + 1;
        m_shelfHeight = std::max(m_shelfHeight, glyphHeight);
    }
    m_glyphs.emplace(key, placed);
    return placed;
}

} // namespace helder::ui
