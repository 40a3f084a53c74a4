// Under Xvfb (it needs a GL context): the glyph atlas starts small, grows when full and keeps
// the glyphs it placed before, with the white texel surfaces are drawn from.

#include "text/TextEngine.hpp"
#include "ui/GlyphAtlas.hpp"

#include <SFML/Graphics/Image.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <optional>

using namespace helder;
using helder::ui::AtlasGlyph;
using helder::ui::GlyphAtlas;

namespace {

// One text engine for the file: the glyphs come from its Dutch face.
const text::FontFace& dutchFace()
{
    static const auto engine = text::TextEngine::create();
    REQUIRE(engine);
    const text::FontFace* face = (*engine)->fonts().primaryFace("nl", text::Weight::Regular);
    REQUIRE(face != nullptr);
    return *face;
}

} // namespace

TEST_CASE("glyph atlas: grows past its first height and keeps the glyphs placed before")
{
    const text::FontFace& face = dutchFace();
    GlyphAtlas atlas;
    REQUIRE(atlas.create());
    REQUIRE(atlas.texture().getSize() == sf::Vector2u(GlyphAtlas::width, GlyphAtlas::initialHeight));

    constexpr float size = 160.0F; // about 15 glyphs a shelf: the first height holds two shelves
    std::optional<AtlasGlyph> first;
    std::uint32_t firstId = 0;
    std::uint32_t id = 1;
    for (; atlas.texture().getSize().y == GlyphAtlas::initialHeight && id < 2000; ++id) {
        const auto placed = atlas.glyph(face, id, size, 0);
        if (!first && placed && placed->texture.width > 0) {
            first = placed;
            firstId = id;
        }
    }
    REQUIRE(first);
    CHECK(atlas.texture().getSize() == sf::Vector2u(GlyphAtlas::width, 2 * GlyphAtlas::initialHeight));
    CHECK(atlas.generation() == 0); // grown, not emptied

    const sf::Image image = atlas.texture().copyToImage();
    const sf::IntRect white = GlyphAtlas::whiteTexel();
    CHECK(image.getPixel(static_cast<unsigned>(white.left), static_cast<unsigned>(white.top)) == sf::Color::White);
    unsigned inked = 0;
    for (int y = first->texture.top; y < first->texture.top + first->texture.height; ++y) {
        for (int x = first->texture.left; x < first->texture.left + first->texture.width; ++x) {
            inked += image.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y)).a > 128 ? 1U : 0U;
        }
    }
    CHECK(inked > 100); // the first glyph's pixels were copied into the larger texture
    // Cached: the same rectangle, not a second copy.
    const auto again = atlas.glyph(face, firstId, size, 0);
    REQUIRE(again);
    CHECK(again->texture == first->texture);
}

TEST_CASE("glyph atlas: full at its largest, it starts again empty and says so")
{
    const text::FontFace& face = dutchFace();
    GlyphAtlas atlas;
    REQUIRE(atlas.create());
    // Glyphs of 400 px: about 6 a shelf and 5 shelves in 2048 rows.
    for (std::uint32_t id = 1; atlas.generation() == 0 && id < 3000; ++id) {
        (void)atlas.glyph(face, id, 400.0F, 0);
    }
    CHECK(atlas.generation() == 1);
    CHECK(atlas.texture().getSize().y == GlyphAtlas::maxHeight);
    const sf::Image image = atlas.texture().copyToImage();
    const sf::IntRect white = GlyphAtlas::whiteTexel();
    CHECK(image.getPixel(static_cast<unsigned>(white.left), static_cast<unsigned>(white.top)) == sf::Color::White);
}
