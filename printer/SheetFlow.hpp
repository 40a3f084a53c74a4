#pragma once
// Flows paragraphs laid out by the text engine down A4 pages of a new PDF, as a word processor
// would: a paragraph that does not fit continues on the next page line by line (a 10,000-character
// answer takes several pages), shaded paragraphs get a grey band behind every line, and a block
// that must stay together (the signature boxes) starts a new page when it does not fit.

#include "printer/GlyphPainter.hpp"
#include "printer/PdfFontEmbedder.hpp"
#include "text/LayoutRequest.hpp"

#include <podofo/podofo.h>

#include <cstddef>
#include <expected>
#include <string>
#include <vector>

namespace helder::text {
class TextEngine;
}

namespace helder::printer {

struct SheetParagraph {
    std::string text{};
    std::string language{};         // BCP 47, for shaping and line breaking
    float fontSize = 12.0F;         // points; the review sheet uses nothing under 11
    text::Weight weight = text::Weight::Regular;
    double indent = 0;              // points from the left margin (the right margin for right-to-left text)
    bool shaded = false;            // a grey band behind the lines: something the worker must look at
    double spaceBefore = 0;         // points
};

struct SheetPdf {
    std::vector<std::byte> pdf;
    int pages = 0;
};

class SheetFlow {
public:
    static constexpr double pageWidth = 595.28;   // A4 in points
    static constexpr double pageHeight = 841.89;
    static constexpr double margin = 56.7;        // 2 cm
    static constexpr double bottomMargin = 70.0;  // leaves room for the page stamp (PageStamp)
    static constexpr double contentWidth = pageWidth - 2 * margin;

    explicit SheetFlow(text::TextEngine& engine);

    void add(const SheetParagraph& paragraph);
    void space(double points);
    // Starts a new page unless `height` points still fit on this one.
    void keepRoom(double height);
    // An empty box of `height` points from `left` (points from the left margin), `width` wide,
    // with its top at the current position; the position does not move.
    void box(double left, double width, double height);
    // The position moves down by `points` (after boxes drawn beside each other).
    void advance(double points) { m_y -= points; }

    // Writes the pages; an error says why the fonts could not be embedded.
    std::expected<SheetPdf, std::string> finish();

private:
    struct Page {
        std::string content;
        FontResources fonts;
    };

    void newPage();
    [[nodiscard]] double room() const { return m_y - bottomMargin; }

    text::TextEngine& m_engine;
    PoDoFo::PdfMemDocument m_document;
    PdfFontEmbedder m_fonts;
    GlyphPainter m_painter;
    std::vector<Page> m_pages;
    double m_y = 0;  // the top of the next paragraph, in PDF points from the page's bottom
};

} // namespace helder::printer
