#include "text/Fitting.hpp"

#include "text/Graphemes.hpp"
#include "text/TextEngine.hpp"

#include <algorithm>
#include <cmath>

namespace helder::text {

namespace {

constexpr float sizeStep = 0.25F;
constexpr float tolerance = 0.001F;
constexpr std::string_view ellipsis = "…";

} // namespace

float shrinkToFit(TextEngine& engine, LayoutRequest request, float boxWidth, float boxHeight, float minSize)
{
    if (request.maxWidth) {
        request.maxWidth = boxWidth;
    }
    const auto measure = [&](float size) {
        request.fontSize = size;
        return engine.layout(request);
    };
    const auto fitsIn = [&](const Layout& layout) {
        return layout.widestLine() <= boxWidth + tolerance && layout.height <= boxHeight + tolerance;
    };
    const float largest = request.fontSize;
    const Layout full = measure(largest);
    if (fitsIn(full)) {
        return largest;
    }
    // Steps of the grid between minSize and the requested size; shaping is cached and
    // size-independent, so each probe costs only the line filling.
    long low = 0; // known to fit (or the floor)
    long high = std::max(0L, static_cast<long>(std::floor((largest - minSize) / sizeStep))); // known not to fit
    const auto fits = [&](long step) { return fitsIn(measure(minSize + static_cast<float>(step) * sizeStep)); };
    // One line grows in proportion to the size, wrapped text's height about as its square: the
    // full-size layout predicts the step, and probing it and its neighbour usually brackets the
    // answer in two layouts where bisecting takes five. The bisection below gives the same
    // answer whatever the prediction.
    float scale = full.widestLine() > 0 ? boxWidth / full.widestLine() : 1.0F;
    if (full.height > 0) {
        const float heightScale = boxHeight / full.height;
        scale = std::min(scale, request.maxWidth ? std::sqrt(heightScale) : heightScale);
    }
    const long guess = static_cast<long>(std::floor((largest * scale - minSize) / sizeStep + tolerance));
    if (guess > low && guess < high) {
        if (fits(guess)) {
            low = guess;
            if (low + 1 < high) {
                (fits(low + 1) ? low : high) = low + 1;
            }
        } else {
            high = guess;
            if (high - 1 > low) {
                (fits(high - 1) ? low : high) = high - 1;
            }
        }
    }
    while (high - low > 1) {
        const long middle = (low + high) / 2;
        if (fits(middle)) {
            low = middle;
        } else {
            high = middle;
        }
    }
    return minSize + static_cast<float>(low) * sizeStep;
}

Layout ellipsize(TextEngine& engine, LayoutRequest request, float width)
{
    request.maxWidth.reset();
    request.text = request.text.substr(0, request.text.find('\n'));
    Layout full = engine.layout(request);
    if (full.widestLine() <= width + tolerance) {
        return full;
    }
    // The ellipsis takes the paragraph's direction, so it lands at the end of the reading.
    request.direction = full.rightToLeft ? BaseDirection::RightToLeft : BaseDirection::LeftToRight;
    const std::string text = request.text;
    const std::vector<std::size_t> boundaries = graphemeBoundaries(text);
    const auto attempt = [&](std::size_t graphemes) {
        std::string shortened = text.substr(0, boundaries[graphemes]);
        while (!shortened.empty() && shortened.back() == ' ') {
            shortened.pop_back();
        }
        request.text = shortened + std::string(ellipsis);
        return engine.layout(request);
    };
    std::size_t low = 0; // the ellipsis alone is the floor
    std::size_t high = boundaries.size() - 1; // the whole text did not fit
    Layout best = attempt(0);
    while (high - low > 1) {
        const std::size_t middle = (low + high) / 2;
        Layout candidate = attempt(middle);
        if (candidate.widestLine() <= width + tolerance) {
            low = middle;
            best = std::move(candidate);
        } else {
            high = middle;
        }
    }
    return best;
}

CombLayout combLayout(TextEngine& engine, LayoutRequest request, std::size_t cells, float cellWidth)
{
    CombLayout result;
    Layout& comb = result.layout;
    comb.text = request.text;
    comb.width = static_cast<float>(cells) * cellWidth;
    LayoutLine line;
    line.textEnd = comb.text.size();
    const std::vector<std::size_t> boundaries = graphemeBoundaries(comb.text);
    const std::size_t graphemes = boundaries.size() - 1;
    result.overflow = graphemes > cells ? graphemes - cells : 0;
    request.maxWidth.reset();
    for (std::size_t cell = 0; cell < std::min(cells, graphemes); ++cell) {
        const std::size_t begin = boundaries[cell];
        request.text = comb.text.substr(begin, boundaries[cell + 1] - begin);
        Layout single = engine.layout(request);
        for (const MissingCodePoint& missing : single.missing) {
            comb.missing.push_back(MissingCodePoint{missing.codePoint, missing.byteOffset + begin});
        }
        if (single.lines.empty()) {
            continue;
        }
        const LayoutLine& source = single.lines.front();
        const float shift = static_cast<float>(cell) * cellWidth + (cellWidth - source.width) / 2.0F - source.left;
        for (GlyphRun run : source.runs) {
            run.textBegin += begin;
            run.textEnd += begin;
            for (PositionedGlyph& glyph : run.glyphs) {
                glyph.x += shift;
                glyph.y -= source.baseline;
                glyph.clusterBegin += begin;
                glyph.clusterEnd += begin;
            }
            line.runs.push_back(std::move(run));
        }
        line.ascent = std::max(line.ascent, source.ascent);
        line.descent = std::max(line.descent, source.descent);
        line.height = std::max(line.height, source.height);
    }
    line.width = comb.width;
    // Cells were laid out alone: put every glyph on the common baseline.
    line.baseline = line.ascent + (line.height - line.ascent - line.descent) / 2.0F;
    for (GlyphRun& run : line.runs) {
        for (PositionedGlyph& glyph : run.glyphs) {
            glyph.y += line.baseline;
        }
    }
    comb.height = line.height;
    comb.lines.push_back(std::move(line));
    return result;
}

} // namespace helder::text
