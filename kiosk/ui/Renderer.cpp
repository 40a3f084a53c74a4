#include "ui/Renderer.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderStates.hpp>
#include <SFML/Graphics/VertexArray.hpp>

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

void drawRect(sf::RenderTarget& target, const Widget& widget)
{
    if (widget.fill.a == 0 && widget.borderWidth <= 0.0F) {
        return;
    }
    sf::RectangleShape shape({widget.rect.width, widget.rect.height});
    shape.setPosition(widget.rect.x, widget.rect.y);
    shape.setFillColor(toSfml(widget.fill));
    if (widget.borderWidth > 0.0F) {
        shape.setOutlineThickness(-widget.borderWidth);
        shape.setOutlineColor(toSfml(widget.border));
    }
    target.draw(shape);
}

} // namespace

void Renderer::draw(sf::RenderTarget& target, const ScreenDescription& screen)
{
    target.clear(toSfml(screen.background));
    sf::VertexArray glyphs(sf::Triangles);
    auto flushText = [&] {
        if (glyphs.getVertexCount() > 0) {
            sf::RenderStates states;
            states.texture = &m_atlas.texture();
            target.draw(glyphs, states);
            glyphs.clear();
        }
    };
    for (const Widget& widget : screen.widgets) {
        // Texts go on top of the surfaces drawn so far; a new surface (a dialog) first lets the
        // texts below it be drawn, so it can cover them.
        if (widget.fill.a != 0 || widget.borderWidth > 0.0F) {
            flushText();
        }
        drawRect(target, widget);
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
                        quad(glyphs,
                             sf::FloatRect(left, top, static_cast<float>(placed->texture.width),
                                           static_cast<float>(placed->texture.height)),
                             placed->texture, color);
                    }
                }
            }
        }
    }
    flushText();
}

} // namespace helder::ui
