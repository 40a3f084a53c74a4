#include "ui/GlyphAtlas.hpp"

#include "text/GlyphRasterizer.hpp"

#include <cmath>
#include <vector>

namespace helder::ui {

bool GlyphAtlas::create()
{
    if (!m_texture.create(size, size)) {
        return false;
    }
    reset();
    return true;
}

void GlyphAtlas::reset()
{
    const std::vector<std::uint8_t> clear(static_cast<std::size_t>(size) * size * 4U, 0);
    m_texture.update(clear.data());
    m_glyphs.clear();
    m_shelfX = 1;
    m_shelfY = 1;
    m_shelfHeight = 0;
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
    const auto width = static_cast<unsigned>(bitmap->image.width);
    const auto height = static_cast<unsigned>(bitmap->image.height);
    if (width > 0 && height > 0 && width + 2 < size && height + 2 < size) {
        if (m_shelfX + width + 1 > size) {
            m_shelfX = 1;
            m_shelfY += m_shelfHeight + 1;
            m_shelfHeight = 0;
        }
        if (m_shelfY + height + 1 > size) {
            reset();
        }
        std::vector<std::uint8_t> rgba(static_cast<std::size_t>(width) * height * 4U, 255);
        for (std::size_t i = 0; i < bitmap->image.pixels.size(); ++i) {
            rgba[i * 4U + 3U] = bitmap->image.pixels[i];
        }
        m_texture.update(rgba.data(), width, height, m_shelfX, m_shelfY);
        placed.texture = sf::IntRect(static_cast<int>(m_shelfX), static_cast<int>(m_shelfY), static_cast<int>(width),
                                     static_cast<int>(height));
        m_shelfX += width + 1;
        m_shelfHeight = std::max(m_shelfHeight, height);
    }
    m_glyphs.emplace(key, placed);
    return placed;
}

} // namespace helder::ui
