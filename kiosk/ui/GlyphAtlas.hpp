#pragma once
// Glyphs rasterised by the text engine (FreeType), kept in one SFML texture: white with the
// coverage in alpha, so a vertex colour tints them. Keyed by face, glyph, size and a quarter
// pixel of horizontal offset, so glyphs keep their fractional positions.

#include "text/FontFace.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/Texture.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <tuple>

namespace helder::ui {

struct AtlasGlyph {
    sf::IntRect texture; // empty for blank glyphs
    int left = 0;        // bitmap offset from the glyph origin, px
    int top = 0;         // from the baseline up
};

class GlyphAtlas {
public:
    static constexpr unsigned size = 2048;
    static constexpr int subpixelSteps = 4;

    [[nodiscard]] bool create();
    // nullopt when the face cannot draw the glyph.
    std::optional<AtlasGlyph> glyph(const text::FontFace& face, std::uint32_t glyphId, float fontSize, int subpixel);
    [[nodiscard]] const sf::Texture& texture() const { return m_texture; }

private:
    using Key = std::tuple<const text::FontFace*, std::uint32_t, std::int32_t, int>;

    // The atlas is full: start again empty (a screen needs a few hundred glyphs at most).
    void reset();

    sf::Texture m_texture;
    std::map<Key, std::optional<AtlasGlyph>> m_glyphs;
    unsigned m_shelfX = 0;
    unsigned m_shelfY = 0;
    unsigned m_shelfHeight = 0;
};

} // namespace helder::ui
