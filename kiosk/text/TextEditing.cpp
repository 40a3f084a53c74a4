#include "text/TextEditing.hpp"

#include "text/Graphemes.hpp"

#include <algorithm>
#include <limits>

namespace helder::text {

namespace {

constexpr float samePlace = 0.01F; // px

// One grapheme on screen. A ligature holding several graphemes (lam-alef) is shared out evenly.
struct GraphemeBox {
    std::size_t begin = 0;
    std::size_t end = 0;
    float left = 0.0F;
    float right = 0.0F;
    bool rightToLeft = false;

    [[nodiscard]] float leading() const { return rightToLeft ? right : left; }
    [[nodiscard]] float trailing() const { return rightToLeft ? left : right; }
};

std::vector<GraphemeBox> boxesOf(const LayoutLine& line, const std::vector<std::size_t>& boundaries)
{
    std::vector<GraphemeBox> boxes;
    for (const GlyphRun& run : line.runs) {
        std::size_t i = 0;
        while (i < run.glyphs.size()) {
            const PositionedGlyph& first = run.glyphs[i];
            float left = std::numeric_limits<float>::max();
            float right = std::numeric_limits<float>::lowest();
            float marks = first.x;
            std::size_t j = i;
            for (; j < run.glyphs.size() && run.glyphs[j].clusterBegin == first.clusterBegin; ++j) {
                const PositionedGlyph& glyph = run.glyphs[j];
                if (glyph.advance > 0.0F) {
                    left = std::min(left, glyph.x);
                    right = std::max(right, glyph.x + glyph.advance);
                }
                marks = std::min(marks, glyph.x);
            }
            if (left > right) { // only zero-width glyphs (an isolate control)
                left = marks;
                right = marks;
            }
            const auto from = std::lower_bound(boundaries.begin(), boundaries.end(), first.clusterBegin);
            const auto to = std::lower_bound(boundaries.begin(), boundaries.end(), first.clusterEnd);
            const auto count = std::max<std::ptrdiff_t>(to - from, 1);
            const float share = (right - left) / static_cast<float>(count);
            for (std::ptrdiff_t k = 0; k < count; ++k) {
                const std::size_t begin = k == 0 ? first.clusterBegin : *(from + k);
                const std::size_t end = k + 1 == count ? first.clusterEnd : *(from + k + 1);
                const float offset = share * static_cast<float>(k);
                boxes.push_back(run.rightToLeft
                                    ? GraphemeBox{begin, end, right - offset - share, right - offset, true}
                                    : GraphemeBox{begin, end, left + offset, left + offset + share, false});
            }
            i = j;
        }
    }
    return boxes;
}

std::size_t lineOf(const Layout& layout, std::size_t offset)
{
    for (std::size_t i = 0; i < layout.lines.size(); ++i) {
        const LayoutLine& line = layout.lines[i];
        const bool last = i + 1 == layout.lines.size();
        // At a soft wrap the caret belongs to the start of the next line.
        if (offset < line.textEnd || (offset == line.textEnd && (last || layout.lines[i + 1].textBegin != offset))) {
            return i;
        }
    }
    return layout.lines.empty() ? 0 : layout.lines.size() - 1;
}

float caretX(const LayoutLine& line, const std::vector<GraphemeBox>& boxes, std::size_t offset)
{
    for (const GraphemeBox& box : boxes) {
        if (box.begin == offset || (box.begin < offset && offset < box.end)) {
            return box.leading();
        }
    }
    for (const GraphemeBox& box : boxes) {
        if (box.end == offset) {
            return box.trailing();
        }
    }
    // Trailing spaces and empty lines: the end of the line in the paragraph's direction.
    return line.rightToLeft ? line.left : line.left + line.width;
}

} // namespace

CaretPosition caretPosition(const Layout& layout, std::size_t offset)
{
    if (layout.lines.empty()) {
        return {};
    }
    const std::size_t index = lineOf(layout, offset);
    const LayoutLine& line = layout.lines[index];
    const auto boxes = boxesOf(line, graphemeBoundaries(layout.text));
    return CaretPosition{index, caretX(line, boxes, offset), line.top, line.top + line.height};
}

std::size_t hitTest(const Layout& layout, float x, float y)
{
    if (layout.lines.empty()) {
        return 0;
    }
    std::size_t index = layout.lines.size() - 1;
    for (std::size_t i = 0; i < layout.lines.size(); ++i) {
        if (y < layout.lines[i].top + layout.lines[i].height) {
            index = i;
            break;
        }
    }
    const LayoutLine& line = layout.lines[index];
    const auto boxes = boxesOf(line, graphemeBoundaries(layout.text));
    if (boxes.empty()) {
        return line.textBegin;
    }
    const GraphemeBox* nearest = &boxes.front();
    float distance = std::numeric_limits<float>::max();
    for (const GraphemeBox& box : boxes) {
        const float away = x < box.left ? box.left - x : (x > box.right ? x - box.right : 0.0F);
        if (away < distance) {
            distance = away;
            nearest = &box;
        }
    }
    const bool leftHalf = x < (nearest->left + nearest->right) / 2.0F;
    return leftHalf != nearest->rightToLeft ? nearest->begin : nearest->end;
}

std::size_t moveCaret(const Layout& layout, std::size_t offset, CaretMove move)
{
    if (layout.lines.empty()) {
        return offset;
    }
    const std::size_t index = lineOf(layout, offset);
    const LayoutLine& line = layout.lines[index];
    const auto boxes = boxesOf(line, graphemeBoundaries(layout.text));
    const float from = caretX(line, boxes, offset);
    const bool right = move == CaretMove::Right;
    std::size_t best = offset;
    float bestX = right ? std::numeric_limits<float>::max() : std::numeric_limits<float>::lowest();
    const auto consider = [&](std::size_t candidate, float x) {
        const bool beyond = right ? x > from + samePlace : x < from - samePlace;
        const bool closer = right ? x < bestX - samePlace : x > bestX + samePlace;
        if (beyond && closer) {
            best = candidate;
            bestX = x;
        }
    };
    // Each offset is judged where caretPosition draws it, so a walk visits every stop once.
    for (const GraphemeBox& box : boxes) {
        consider(box.begin, caretX(line, boxes, box.begin));
        consider(box.end, caretX(line, boxes, box.end));
    }
    if (best != offset) {
        return best;
    }
    // At the edge of the line: continue in reading order onto the neighbouring line.
    const bool forward = right != line.rightToLeft;
    return forward ? nextGrapheme(layout.text, offset) : previousGrapheme(layout.text, offset);
}

EditResult deleteBackward(std::string_view text, std::size_t caret)
{
    caret = std::min(caret, text.size());
    const std::size_t start = previousGrapheme(text, caret);
    std::string result(text.substr(0, start));
    result.append(text.substr(caret));
    return EditResult{std::move(result), start};
}

EditResult deleteForward(std::string_view text, std::size_t caret)
{
    caret = std::min(caret, text.size());
    const std::size_t end = nextGrapheme(text, caret);
    std::string result(text.substr(0, caret));
    result.append(text.substr(end));
    return EditResult{std::move(result), caret};
}

std::vector<Rect> selectionRects(const Layout& layout, std::size_t from, std::size_t to)
{
    if (from > to) {
        std::swap(from, to);
    }
    std::vector<Rect> rects;
    const auto boundaries = graphemeBoundaries(layout.text);
    for (const LayoutLine& line : layout.lines) {
        auto boxes = boxesOf(line, boundaries);
        std::sort(boxes.begin(), boxes.end(),
                  [](const GraphemeBox& a, const GraphemeBox& b) { return a.left < b.left; });
        const std::size_t firstOfLine = rects.size();
        for (const GraphemeBox& box : boxes) {
            if (box.begin < from || box.end > to || box.begin == box.end) {
                continue;
            }
            if (rects.size() > firstOfLine && box.left <= rects.back().right + samePlace) {
                rects.back().right = std::max(rects.back().right, box.right);
            } else {
                rects.push_back(Rect{box.left, line.top, box.right, line.top + line.height});
            }
        }
    }
    return rects;
}

} // namespace helder::text
