#pragma once
// Draws texts onto the pages of a flat PDF (template overlay mode) with the text engine: each
// value laid out on one line in its box, centred vertically, shrunk when it does not fit, aligned
// as the template says ("start": right for right-to-left text).

#include "printer/AnswerMapping.hpp"
#include "printer/GlyphPainter.hpp"

#include <podofo/podofo.h>

#include <expected>
#include <string>
#include <vector>

namespace helder::text {
class TextEngine;
}

namespace helder::printer {

class PdfFontEmbedder;

class PageOverlay {
public:
    PageOverlay(PoDoFo::PdfMemDocument& document, text::TextEngine& engine, PdfFontEmbedder& fonts);

    // Adds the texts to their pages; an error names a page the document does not have.
    std::expected<void, std::string> draw(const std::vector<OverlayText>& texts);

private:
    PoDoFo::PdfMemDocument& m_document;
    text::TextEngine& m_engine;
    GlyphPainter m_painter;
};

} // namespace helder::printer
