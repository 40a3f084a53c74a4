#pragma once
// Draws a screen description with SFML: each widget's surface, then the glyphs of its texts, as
// textured quads from the glyph atlas, in one draw call per frame. SFML's own text class is never
// used (DESIGN §5).

#include "ui/GlyphAtlas.hpp"
#include "ui/ScreenDescription.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

namespace helder::ui {

class Renderer {
public:
    [[nodiscard]] bool create() { return m_atlas.create(); }
    void draw(sf::RenderTarget& target, const ScreenDescription& screen);

private:
    void drawOnce(sf::RenderTarget& target, const ScreenDescription& screen);

    GlyphAtlas m_atlas;
    sf::VertexArray m_vertices{sf::Triangles}; // kept: its memory serves every frame
};

} // namespace helder::ui
