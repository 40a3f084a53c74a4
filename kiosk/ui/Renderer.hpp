#pragma once
// Draws a screen description with SFML: rectangles, then the glyphs of each layer's texts as
// textured quads from the glyph atlas. SFML's own text class is never used (DESIGN §5).

#include "ui/GlyphAtlas.hpp"
#include "ui/ScreenDescription.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

namespace helder::ui {

class Renderer {
public:
    [[nodiscard]] bool create() { return m_atlas.create(); }
    void draw(sf::RenderTarget& target, const ScreenDescription& screen);

private:
    GlyphAtlas m_atlas;
};

} // namespace helder::ui
