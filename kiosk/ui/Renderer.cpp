#include "ui/Renderer.hpp"

#include <SFML/Graphics/RenderStates.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cmath>

namespace helder::ui {
namespace {

sf::Color toSfml(Color color)
{
    return sf::Color(color.r, color.g, color.b, color.a);
}

void quad(sf::VertexArray& vertices, sf::FloatRect area, sf::IntRect texture, sf::Color color)
{
    const float left = area.left;
    const float top = area.top;
    const float right = area.left + area.width;
    const float bottom = area.top + area.height;
    const auto u0 = static_cast<float>(texture.left);
    const auto v0 = static_cast<float>(texture.top);
    const auto u1 = static_cast<float>(texture.left + texture.width);
    const auto v1 = static_cast<float>(texture.top + texture.height);
    vertices.append(sf::Vertex({left, top}, color, {u0, v0}));
    vertices.append(sf::Vertex({right, top}, color, {u1, v0}));
    vertices.append(sf::Vertex({right, bottom}, color, {u1, v1}));
    vertices.append(sf::Vertex({left, top}, color, {u0, v0}));
    vertices.append(sf::Vertex({right, bottom}, color, {u1, v1}));
    vertices.append(sf::Vertex({left, bottom}, color, {u0, v1}));
}

// A surface as SFML's RectangleShape draws it with an inner outline: the fill over the whole
// rectangle, then the border's four sides over it, all from the atlas's white texel.
void surface(sf::VertexArray& vertices, const Widget& widget)
{
    if (widget.fill.a == 0 && widget.borderWidth <= 0.0F) {
        return;
    }
    const sf::IntRect texel = GlyphAtlas::whiteTexel();
    const Rect& r = widget.rect;
    if (widget.fill.a != 0) {
        quad(vertices, sf::FloatRect(r.x, r.y, r.width, r.height), texel, toSfml(widget.fill));
    }
    const float b = std::min({widget.borderWidth, r.width / 2.0F, r.height / 2.0F});
    if (b > 0.0F) {
        const sf::Color border = toSfml(widget.border);
        quad(vertices, sf::FloatRect(r.x, r.y, r.width, b), texel, border);
        quad(vertices, sf::FloatRect(r.x, r.y + r.height - b, r.width, b), texel, border);
        quad(vertices, sf::FloatRect(r.x, r.y + b, b, r.height - 2.0F * b), texel, border);
        quad(vertices, sf::FloatRect(r.x + r.width - b, r.y + b, b, r.height - 2.0F * b), texel, border);
    }
}

} // namespace

void Renderer::draw(sf::RenderTarget& target, const ScreenDescription& screen)
{
    const unsigned generation = m_atlas.generation();
    drawOnce(target, screen);
    if (m_atlas.generation() != generation) {
        // The atlas was emptied half-way: the glyphs queued before point at reused rectangles.
        drawOnce(target, screen);
    }
}

void Renderer::drawOnce(sf::RenderTarget& target, const ScreenDescription& screen)
{
    target.clear(toSfml(screen.background));
    // One draw call for the whole screen, in the widgets' order: a later surface (a dialog)
    // covers the texts before it.
    m_vertices.clear();
    for (const Widget& widget : screen.widgets) {
        surface(m_vertices, widget);
        for (const TextItem& item : widget.texts) {
            const sf::Color color = toSfml(item.color);
            for (const text::LayoutLine& line : item.layout.lines) {
                for (const text::GlyphRun& run : line.runs) {
                    if (!run.face) {
                        continue;
                    }
                    for (const text::PositionedGlyph& glyph : run.glyphs) {
                        const float x = item.x + glyph.x;
                        const float whole = std::floor(x);
                        const int subpixel = static_cast<int>((x - whole) * GlyphAtlas::subpixelSteps);
                        const auto placed = m_atlas.glyph(*run.face, glyph.glyphId, run.fontSize, subpixel);
                        if (!placed || placed->texture.width == 0) {
                            continue;
                        }
                        const float left = whole + static_cast<float>(placed->left);
                        const float top = std::round(item.y + glyph.y) - static_cast<float>(placed->top);
                        quad(m_vertices,
                             sf::FloatRect(left, top, static_cast<float>(placed->texture.width),
                                           static_cast<float>(placed->texture.height)),
                             placed->texture, color);
                    }
                }
            }
        }
    }
    sf::RenderStates states;
    states.texture = &m_atlas.texture();
    target.draw(m_vertices, states);
}

} // namespace helder::ui
