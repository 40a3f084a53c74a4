#include "text/TextEngine.hpp"

#include "core/Utf8.hpp"

#include "text/CodePoints.hpp"
#include "text/ParagraphLayout.hpp"
#include "text/Utf16Text.hpp"

#include <algorithm>
#include <utility>

namespace helder::text {

namespace {

bool isParagraphEnd(char16_t unit) { return unit == u'\n' || unit == u'\u2029'; }

float alignmentOffset(Alignment alignment, bool rightToLeft, float box, float lineWidth)
{
    switch (alignment) {
    case Alignment::Left: return 0.0F;
    case Alignment::Right: return box - lineWidth;
    case Alignment::Center: return (box - lineWidth) / 2.0F;
    case Alignment::Start: return rightToLeft ? box - lineWidth : 0.0F;
    case Alignment::End: return rightToLeft ? 0.0F : box - lineWidth;
    }
    return 0.0F;
}

} // namespace

std::expected<std::unique_ptr<TextEngine>, std::string> TextEngine::create(EngineOptions options)
{
    auto fonts = FontCollection::create();
    if (!fonts) {
        return std::unexpected(fonts.error());
    }
    std::unique_ptr<TextEngine> engine(new TextEngine(std::move(*fonts), options));
    UErrorCode status = U_ZERO_ERROR;
    engine->m_graphemes = ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status);
    engine->m_lineBreaks = ubrk_open(UBRK_LINE, "", nullptr, 0, &status);
    engine->m_paragraphBidi = ubidi_open();
    engine->m_lineBidi = ubidi_open();
    if (U_FAILURE(status) || engine->m_paragraphBidi == nullptr || engine->m_lineBidi == nullptr) {
        return std::unexpected(std::string("ICU break iterators or bidi are unavailable: ") + u_errorName(status));
    }
    return engine;
}

TextEngine::TextEngine(std::unique_ptr<FontCollection> fonts, EngineOptions options)
    : m_fonts(std::move(fonts))
    , m_shaper(options.shapeCacheBytes)
{
}

TextEngine::~TextEngine()
{
    ubidi_close(m_lineBidi); // the line object refers to the paragraph object: close it first
    ubidi_close(m_paragraphBidi);
    ubrk_close(m_lineBreaks);
    ubrk_close(m_graphemes);
}

Layout TextEngine::layout(const LayoutRequest& request) { return layoutWith(request, nullptr); }

Layout TextEngine::layoutWith(const LayoutRequest& request, const FontFace* forcedFace)
{
    Layout result;
    result.text = request.text;
    Utf16Text text(result.text);
    text.replaceControlsWithSpaces();
    const std::u16string& units = text.units();
    result.rightToLeft = request.direction == BaseDirection::RightToLeft
        || (request.direction == BaseDirection::Auto
            && ubidi_getBaseDirection(units.data(), static_cast<int32_t>(units.size())) == UBIDI_RTL);
    const FontFace* primary = forcedFace != nullptr ? forcedFace : m_fonts->primaryFace(request.language, request.weight);
    const ParagraphTools tools{*m_fonts, m_shaper, m_graphemes, m_lineBreaks, m_paragraphBidi, m_lineBidi};

    std::size_t begin = 0;
    for (std::size_t at = 0; at <= units.size(); ++at) {
        if (at < units.size() && !isParagraphEnd(units[at])) {
            continue;
        }
        ParagraphLayout(tools, request, text, begin, at, result.rightToLeft, forcedFace, primary)
            .run(result.lines, result.missing);
        begin = at + 1;
    }

    result.width = request.maxWidth ? *request.maxWidth : result.widestLine();
    float top = 0.0F;
    for (LayoutLine& line : result.lines) {
        line.left = alignmentOffset(request.alignment, result.rightToLeft, result.width, line.width);
        line.top = top;
        line.baseline = top + line.ascent + (line.height - line.ascent - line.descent) / 2.0F;
        for (GlyphRun& run : line.runs) {
            for (PositionedGlyph& glyph : run.glyphs) {
                glyph.x += line.left;
                glyph.y += line.baseline;
            }
        }
        top += line.height;
    }
    result.height = top;
    return result;
}

std::vector<MissingCodePoint> TextEngine::coverage(std::string_view text)
{
    std::vector<MissingCodePoint> missing;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const std::size_t at = offset;
        const char32_t codePoint = decodeUtf8(text, offset);
        if (needsGlyph(codePoint) && !m_fonts->covers(codePoint)) {
            missing.push_back(MissingCodePoint{codePoint, at});
        }
    }
    return missing;
}

std::expected<Layout, std::string> TextEngine::layoutIcon(std::string_view name, float fontSize)
{
    auto face = m_fonts->iconFace();
    if (!face) {
        return std::unexpected(face.error());
    }
    LayoutRequest request;
    request.text = std::string(name);
    request.direction = BaseDirection::LeftToRight;
    request.language = "en";
    request.fontSize = fontSize;
    Layout layout = layoutWith(request, *face);
    // The font turns a known name into one glyph through its ligatures; an unknown name stays
    // a row of letters.
    const bool oneGlyph = layout.lines.size() == 1 && layout.lines.front().runs.size() == 1
        && layout.lines.front().runs.front().glyphs.size() == 1
        && layout.lines.front().runs.front().glyphs.front().glyphId != 0;
    if (!oneGlyph || !layout.missing.empty()) {
        return std::unexpected("no Material icon named \"" + std::string(name) + "\"");
    }
    return layout;
}

std::expected<Layout, std::string> TextEngine::layoutIcon(char32_t codePoint, float fontSize)
{
    auto face = m_fonts->iconFace();
    if (!face) {
        return std::unexpected(face.error());
    }
    if (!(*face)->hasGlyph(codePoint)) {
        return std::unexpected(std::string("the Material icon font has no such code point"));
    }
    LayoutRequest request;
    core::appendUtf8(request.text, codePoint);
    request.direction = BaseDirection::LeftToRight;
    request.fontSize = fontSize;
    return layoutWith(request, *face);
}

} // namespace helder::text
