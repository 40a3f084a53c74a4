#pragma once
// Fitting text into fixed boxes: PDF fields with an automatic font size (DA size 0), labels on
// buttons, comb fields with one character per cell.

#include "text/Layout.hpp"
#include "text/LayoutRequest.hpp"

#include <cstddef>

namespace helder::text {

class TextEngine;

// The largest size ≤ request.fontSize, on a grid of 0.25 px down to minSize, at which the text
// fits the box; when request.maxWidth is set the text wraps at the box width. minSize when
// nothing fits.
float shrinkToFit(TextEngine& engine, LayoutRequest request, float boxWidth, float boxHeight, float minSize);

// One line no wider than `width`: the text itself when it fits, otherwise as many whole
// graphemes as fit followed by "…" at the end in the reading direction (left for Arabic).
// Byte offsets of the result refer to the shortened text it carries.
Layout ellipsize(TextEngine& engine, LayoutRequest request, float width);

struct CombLayout {
    Layout layout;            // one line, cell i holding grapheme i centred
    std::size_t overflow = 0; // graphemes that had no cell
};

// One grapheme per cell for `cells` cells of `cellWidth` px, filled left to right in logical
// order, as PDF comb fields are.
CombLayout combLayout(TextEngine& engine, LayoutRequest request, std::size_t cells, float cellWidth);

} // namespace helder::text
