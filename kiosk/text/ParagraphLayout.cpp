#include "text/ParagraphLayout.hpp"

#include "text/CodePoints.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace helder::text {

namespace {

constexpr float widthTolerance = 0.001F; // px: float sums of advances must not reject an exact fit

struct Grapheme {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::u32string codePoints;
    int script = USCRIPT_COMMON;
    bool realScript = false;
    bool emoji = false;
};

std::u32string decode(const char16_t* units, std::size_t begin, std::size_t end)
{
    std::u32string codePoints;
    for (std::size_t i = begin; i < end; ++i) {
        const char16_t unit = units[i];
        if (unit >= 0xD800 && unit < 0xDC00 && i + 1 < end && units[i + 1] >= 0xDC00 && units[i + 1] < 0xE000) {
            codePoints.push_back(0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10U)
                                 + (static_cast<char32_t>(units[i + 1]) - 0xDC00));
            ++i;
        } else {
            codePoints.push_back(unit);
        }
    }
    return codePoints;
}

bool covers(const FontFace& face, const std::u32string& codePoints)
{
    return std::all_of(codePoints.begin(), codePoints.end(),
                       [&face](char32_t codePoint) { return !needsGlyph(codePoint) || face.hasGlyph(codePoint); });
}

} // namespace

ParagraphLayout::ParagraphLayout(ParagraphTools tools, const LayoutRequest& request, const Utf16Text& text,
                                 std::size_t begin, std::size_t end, bool rightToLeft,
                                 const FontFace* forcedFace, const FontFace* primaryFace)
    : m_tools(tools)
    , m_request(request)
    , m_text(text)
    , m_begin(begin)
    , m_length(end - begin)
    , m_rightToLeft(rightToLeft)
    , m_forcedFace(forcedFace)
    , m_primaryFace(primaryFace)
    , m_units(text.units().data() + begin)
{
}

void ParagraphLayout::run(std::vector<LayoutLine>& lines, std::vector<MissingCodePoint>& missing)
{
    UErrorCode status = U_ZERO_ERROR;
    ubidi_setPara(m_tools.paragraphBidi, m_units, static_cast<int32_t>(m_length),
                  m_rightToLeft ? 1 : 0, nullptr, &status);
    itemize(missing);
    shapeItems();
    if (!m_request.maxWidth) {
        lines.push_back(buildLine(0, m_length));
        return;
    }
    findBreaks();
    std::size_t start = 0;
    do {
        std::size_t end = lineEnd(start);
        LayoutLine line = buildLine(start, end);
        // Shaping can change where a run is cut (a final form instead of a medial one): give
        // back graphemes until the line really fits.
        while (line.width > *m_request.maxWidth + widthTolerance) {
            const auto previous = std::lower_bound(m_graphemeStarts.begin(), m_graphemeStarts.end(), end);
            if (previous == m_graphemeStarts.begin() || *(previous - 1) <= start) {
                break;
            }
            end = *(previous - 1);
            line = buildLine(start, end);
        }
        lines.push_back(std::move(line));
        start = end;
    } while (start < m_length);
}

void ParagraphLayout::itemize(std::vector<MissingCodePoint>& missing)
{
    UErrorCode status = U_ZERO_ERROR;
    const UBiDiLevel* levels = m_length > 0 ? ubidi_getLevels(m_tools.paragraphBidi, &status) : nullptr;
    ubrk_setText(m_tools.graphemes, m_units, static_cast<int32_t>(m_length), &status);

    std::vector<Grapheme> graphemes;
    m_graphemeStarts.clear();
    std::size_t begin = 0;
    for (int32_t at = ubrk_next(m_tools.graphemes); at != UBRK_DONE && U_SUCCESS(status);
         at = ubrk_next(m_tools.graphemes)) {
        Grapheme grapheme;
        grapheme.begin = begin;
        grapheme.end = static_cast<std::size_t>(at);
        grapheme.codePoints = decode(m_units, grapheme.begin, grapheme.end);
        for (const char32_t codePoint : grapheme.codePoints) {
            UErrorCode scriptStatus = U_ZERO_ERROR;
            const UScriptCode script = uscript_getScript(static_cast<UChar32>(codePoint), &scriptStatus);
            if (!grapheme.realScript && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
                grapheme.script = script;
                grapheme.realScript = true;
            }
            grapheme.emoji = grapheme.emoji || isEmojiPresentation(codePoint) || codePoint == 0xFE0F;
        }
        m_graphemeStarts.push_back(begin);
        graphemes.push_back(std::move(grapheme));
        begin = static_cast<std::size_t>(at);
    }
    m_graphemeStarts.push_back(m_length);

    // Spaces, digits and punctuation belong to the script around them: an Arabic sentence keeps
    // its own face for its spaces and its full stop.
    int script = m_tools.fonts.scriptOf(m_request.language);
    const auto firstReal = std::find_if(graphemes.begin(), graphemes.end(),
                                        [](const Grapheme& grapheme) { return grapheme.realScript; });
    if (firstReal != graphemes.end()) {
        script = firstReal->script;
    }

    m_items.clear();
    const FontCollection::FallbackList* list = nullptr;
    int listScript = -1;
    bool listEmoji = false;
    for (Grapheme& grapheme : graphemes) {
        const UBiDiLevel level = levels != nullptr ? levels[grapheme.begin] : UBiDiLevel{0};
        if (grapheme.realScript) {
            script = grapheme.script;
        } else if ((level & 1U) == 0 && uscript_isRightToLeft(static_cast<UScriptCode>(script))) {
            // Digits and punctuation running left to right in Arabic text (a date, a register
            // number) are Latin-context text: one Latin face for all of them, rather than an
            // Arabic face's digits up to its first missing "/" and a serif fallback after it.
            script = USCRIPT_LATIN;
        }
        const FontFace* face = m_forcedFace;
        // Spaces and punctuation stay in the face of the text before them when it has them.
        if (face == nullptr && !grapheme.realScript && !grapheme.emoji && !m_items.empty()
            && m_items.back().script == script && m_items.back().face != nullptr
            && covers(*m_items.back().face, grapheme.codePoints)) {
            face = m_items.back().face;
        }
        if (face == nullptr) {
            if (list == nullptr || listScript != script || listEmoji != grapheme.emoji) {
                list = &m_tools.fonts.fallbackList(static_cast<UScriptCode>(script), m_request.language,
                                                   m_request.weight, grapheme.emoji);
                listScript = script;
                listEmoji = grapheme.emoji;
            }
            face = m_tools.fonts.faceFor(*list, grapheme.codePoints);
        }
        if (face == nullptr) {
            face = m_primaryFace;
        }
        std::size_t unit = grapheme.begin;
        for (const char32_t codePoint : grapheme.codePoints) {
            if (needsGlyph(codePoint) && (face == nullptr || !face->hasGlyph(codePoint))) {
                missing.push_back(MissingCodePoint{codePoint, m_text.byteOffset(m_begin + unit)});
            }
            unit += codePoint >= 0x10000 ? 2 : 1;
        }
        if (m_items.empty() || m_items.back().level != level || m_items.back().script != script
            || m_items.back().face != face) {
            m_items.push_back(Item{grapheme.begin, grapheme.end, level, script, face, nullptr});
        } else {
            m_items.back().end = grapheme.end;
        }
    }
}

bool ParagraphLayout::onlyIgnorable(std::size_t begin, std::size_t end) const
{
    const std::u32string codePoints = decode(m_units, begin, end);
    return std::all_of(codePoints.begin(), codePoints.end(), [](char32_t codePoint) {
        return u_hasBinaryProperty(static_cast<UChar32>(codePoint), UCHAR_DEFAULT_IGNORABLE_CODE_POINT) != 0;
    });
}

void ParagraphLayout::shapeItems()
{
    m_advances.assign(m_length, 0.0F);
    m_glyphBegin.assign(m_length, -1);
    m_glyphEnd.assign(m_length, -1);
    static const auto empty = std::make_shared<const ShapedRun>();
    for (Item& item : m_items) {
        if (item.face == nullptr) {
            item.shaped = empty;
            continue;
        }
        item.shaped = m_tools.shaper.shape(*item.face, std::u16string_view(m_units + item.begin, item.end - item.begin),
                                           item.script, (item.level & 1U) != 0, m_request.language);
        const float scale = m_request.fontSize / item.face->unitsPerEm();
        const std::vector<ShapedGlyph>& glyphs = item.shaped->glyphs;
        for (std::size_t i = 0; i < glyphs.size(); ++i) {
            const std::size_t at = item.begin + glyphs[i].cluster;
            m_advances[at] += static_cast<float>(glyphs[i].advance) * scale;
            if (m_glyphBegin[at] < 0) {
                m_glyphBegin[at] = static_cast<std::int32_t>(i);
            }
            m_glyphEnd[at] = static_cast<std::int32_t>(i + 1);
        }
    }
}

void ParagraphLayout::findBreaks()
{
    m_breaks.clear();
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(m_tools.lineBreaks, m_units, static_cast<int32_t>(m_length), &status);
    for (int32_t at = ubrk_next(m_tools.lineBreaks); at != UBRK_DONE && U_SUCCESS(status);
         at = ubrk_next(m_tools.lineBreaks)) {
        const auto position = static_cast<std::size_t>(at);
        // ICU's rules keep marks and joiners with their base; this makes sure of it.
        if (!std::binary_search(m_graphemeStarts.begin(), m_graphemeStarts.end(), position)) {
            continue;
        }
        m_breaks.push_back(Break{position, ubrk_getRuleStatus(m_tools.lineBreaks) >= UBRK_LINE_HARD});
    }
}

float ParagraphLayout::width(std::size_t from, std::size_t to) const
{
    float sum = 0.0F;
    for (std::size_t i = from; i < to; ++i) {
        sum += m_advances[i];
    }
    return sum;
}

std::size_t ParagraphLayout::visibleEnd(std::size_t start, std::size_t end) const
{
    while (end > start && u_isUWhiteSpace(static_cast<UChar32>(m_units[end - 1]))) {
        --end;
    }
    return end;
}

std::size_t ParagraphLayout::lineEnd(std::size_t start) const
{
    const float maxWidth = *m_request.maxWidth + widthTolerance;
    const auto first = std::upper_bound(m_breaks.begin(), m_breaks.end(), start,
                                        [](std::size_t at, const Break& next) { return at < next.at; });
    float used = 0.0F; // up to `end`, trailing spaces included
    std::size_t end = start;
    for (auto next = first; next != m_breaks.end(); ++next) {
        const float lineWidth = used + width(end, visibleEnd(end, next->at));
        if (end != start && lineWidth > maxWidth) {
            return end;
        }
        if (end == start && lineWidth > maxWidth) {
            // A word wider than the line: cut it between graphemes, at least one per line.
            std::size_t cut = start;
            for (auto grapheme = std::upper_bound(m_graphemeStarts.begin(), m_graphemeStarts.end(), start);
                 grapheme != m_graphemeStarts.end() && *grapheme <= next->at; ++grapheme) {
                if (cut != start && width(start, *grapheme) > maxWidth) {
                    break;
                }
                cut = *grapheme;
            }
            return cut;
        }
        used += width(end, next->at);
        end = next->at;
        if (next->mandatory) {
            return end;
        }
    }
    return m_length;
}

bool ParagraphLayout::safeCut(const Item& item, std::size_t at) const
{
    if (at == item.begin || at == item.end) {
        return true;
    }
    const std::int32_t glyph = m_glyphBegin[at];
    return glyph >= 0 && !item.shaped->glyphs[static_cast<std::size_t>(glyph)].unsafeToBreak;
}

void ParagraphLayout::appendPiece(GlyphRun& run, const Item& item, std::size_t from, std::size_t to, float& pen)
{
    const bool rightToLeft = (item.level & 1U) != 0;
    std::shared_ptr<const ShapedRun> shaped = item.shaped;
    std::size_t base = item.begin;
    std::size_t glyphFrom = 0;
    std::size_t glyphTo = shaped->glyphs.size();
    if (from != item.begin || to != item.end) {
        if (safeCut(item, from) && safeCut(item, to)) {
            // RTL glyphs run from the logical end to the logical start.
            if (rightToLeft) {
                glyphFrom = to == item.end ? 0 : static_cast<std::size_t>(m_glyphEnd[to]);
                glyphTo = static_cast<std::size_t>(m_glyphEnd[from]);
            } else {
                glyphFrom = static_cast<std::size_t>(m_glyphBegin[from]);
                glyphTo = to == item.end ? glyphTo : static_cast<std::size_t>(m_glyphBegin[to]);
            }
        } else {
            shaped = m_tools.shaper.shape(*item.face, std::u16string_view(m_units + from, to - from), item.script,
                                          rightToLeft, m_request.language);
            base = from;
            glyphFrom = 0;
            glyphTo = shaped->glyphs.size();
        }
    }
    std::vector<std::size_t> clusterStarts;
    clusterStarts.reserve(glyphTo - glyphFrom);
    for (std::size_t i = glyphFrom; i < glyphTo; ++i) {
        clusterStarts.push_back(base + shaped->glyphs[i].cluster);
    }
    std::sort(clusterStarts.begin(), clusterStarts.end());
    clusterStarts.erase(std::unique(clusterStarts.begin(), clusterStarts.end()), clusterStarts.end());

    const float scale = m_request.fontSize / item.face->unitsPerEm();
    const auto byteAt = [this](std::size_t at) { return m_text.byteOffset(m_begin + at); };
    run.face = item.face;
    run.fontSize = m_request.fontSize;
    run.rightToLeft = rightToLeft;
    run.textBegin = byteAt(from);
    run.textEnd = byteAt(to);
    run.glyphs.reserve(run.glyphs.size() + glyphTo - glyphFrom);
    for (std::size_t i = glyphFrom; i < glyphTo; ++i) {
        const ShapedGlyph& glyph = shaped->glyphs[i];
        const std::size_t cluster = base + glyph.cluster;
        const auto next = std::upper_bound(clusterStarts.begin(), clusterStarts.end(), cluster);
        const float advance = static_cast<float>(glyph.advance) * scale;
        run.glyphs.push_back(PositionedGlyph{glyph.glyphId, pen + static_cast<float>(glyph.xOffset) * scale,
                                             -static_cast<float>(glyph.yOffset) * scale, advance, byteAt(cluster),
                                             byteAt(next == clusterStarts.end() ? to : *next)});
        pen += advance;
    }
}

LayoutLine ParagraphLayout::buildLine(std::size_t start, std::size_t end)
{
    LayoutLine line;
    line.textBegin = m_text.byteOffset(m_begin + start);
    line.textEnd = m_text.byteOffset(m_begin + end);
    line.rightToLeft = m_rightToLeft;
    const std::size_t visible = visibleEnd(start, end);
    float pen = 0.0F;
    if (visible > start) {
        UErrorCode status = U_ZERO_ERROR;
        ubidi_setLine(m_tools.paragraphBidi, static_cast<int32_t>(start), static_cast<int32_t>(visible),
                      m_tools.lineBidi, &status);
        const int32_t runCount = U_SUCCESS(status) ? ubidi_countRuns(m_tools.lineBidi, &status) : 0;
        for (int32_t index = 0; index < runCount; ++index) {
            int32_t logicalStart = 0;
            int32_t length = 0;
            const UBiDiDirection direction = ubidi_getVisualRun(m_tools.lineBidi, index, &logicalStart, &length);
            const std::size_t runBegin = start + static_cast<std::size_t>(logicalStart);
            const std::size_t runEnd = runBegin + static_cast<std::size_t>(length);
            std::vector<const Item*> pieces;
            auto item = std::upper_bound(m_items.begin(), m_items.end(), runBegin,
                                         [](std::size_t at, const Item& next) { return at < next.end; });
            for (; item != m_items.end() && item->begin < runEnd; ++item) {
                pieces.push_back(&*item);
            }
            if (direction == UBIDI_RTL) {
                std::reverse(pieces.begin(), pieces.end());
            }
            for (const Item* piece : pieces) {
                if (piece->face == nullptr) {
                    continue;
                }
                const std::size_t from = std::max(piece->begin, runBegin);
                const std::size_t to = std::min(piece->end, runEnd);
                GlyphRun run;
                appendPiece(run, *piece, from, to, pen);
                // Bidi isolates and joiners draw nothing: the face they fell to must not make
                // the line taller (an isolated Latin date in Arabic text would shrink to fit).
                if (!onlyIgnorable(from, to)) {
                    line.ascent = std::max(line.ascent, run.face->ascent(m_request.fontSize));
                    line.descent = std::max(line.descent, run.face->descent(m_request.fontSize));
                    line.height = std::max(line.height, run.face->lineHeight(m_request.fontSize));
                }
                line.runs.push_back(std::move(run));
            }
        }
    }
    line.width = pen;
    if (line.height == 0.0F && m_primaryFace != nullptr) {
        line.ascent = m_primaryFace->ascent(m_request.fontSize);
        line.descent = m_primaryFace->descent(m_request.fontSize);
        line.height = m_primaryFace->lineHeight(m_request.fontSize);
    }
    line.height *= m_request.lineSpacing;
    return line;
}

} // namespace helder::text
