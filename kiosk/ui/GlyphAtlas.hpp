#pragma once
// Glyphs rasterised by the text engine (FreeType), kept in one SFML texture: white with the
// coverage in alpha, so a vertex colour tints them. Keyed by face, glyph, size and a quarter
// pixel of horizontal offset, so glyphs keep their fractional positions.
//
// The texture starts small and doubles its height when full, keeping what it holds, up to
// maxHeight: a new texture's memory is zeroed by the driver, and with llvmpipe each MB touched
// costs about 5 ms at start (issue 12). The welcome screen needs about 80 rows, a question with
// its keyboard about 250.

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
    static constexpr unsigned width = 2048;
    static constexpr unsigned initialHeight = 256;
    static constexpr unsigned maxHeight = 2048;
    static constexpr int subpixelSteps = 4;

    [[nodiscard]] bool create();
    // nullopt when the face cannot draw the glyph.
    std::optional<AtlasGlyph> glyph(const text::FontFace& face, std::uint32_t glyphId, float fontSize, int subpixel);
    [[nodiscard]] const sf::Texture& texture() const { return m_texture; }
    // An opaque white texel: surfaces are drawn from it, tinted, in the same draw call as the
    // glyphs (each switch between a textured and an untextured draw costs llvmpipe ~0.4 ms).
    [[nodiscard]] static sf::IntRect whiteTexel() { return {2, 2, 1, 1}; }
    // Counts the times the atlas was emptied because it was full at maxHeight: the glyphs placed
    // before are gone, so a frame drawn across a change must be drawn again.
    [[nodiscard]] unsigned generation() const { return m_generation; }

private:
    using Key = std::tuple<const text::FontFace*, std::uint32_t, std::int32_t, int>;

    // Room for a bitmap of this height on the current shelf: the texture grows, or, at
    // maxHeight, starts again empty (a screen needs a few hundred glyphs at most). False when
    // even an empty texture is too small (the driver refused to grow it).
    [[nodiscard]] bool makeRoom(unsigned height);
    [[nodiscard]] bool grow(unsigned neededHeight);
    void reset();

    sf::Texture m_texture;
    std::map<Key, std::optional<AtlasGlyph>> m_glyphs;
    unsigned m_shelfX = 0;
    unsigned m_shelfY = 0;
    unsigned m_shelfHeight = 0;
    unsigned m_generation = 0;
};

} // namespace helder::ui
