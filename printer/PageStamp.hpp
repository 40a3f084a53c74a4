#pragma once
// Stamps a page of the printout (DESIGN §3): the session code and "page x of y" in the bottom
// margin, "COPY" at the top right for a reprint, and for a model form a diagonal "MODEL — not an
// official form" drawn in outline so that the form stays readable through it. Positions are taken
// on the page as it is shown (its crop box turned by /Rotate), so a landscape or rotated page of an
// official form is stamped upright in its own margin like the others.

#include "printer/GlyphPainter.hpp"

#include <podofo/podofo.h>

#include <string>

namespace helder::text {
class TextEngine;
}

namespace helder::printer {

class PdfFontEmbedder;

struct StampTexts {
    std::string language;     // the worker's: the stamp is for the office
    std::string sessionCode;  // "Session code: K7Q2"
    std::string page;         // "Page 1 of 4"
    std::string copy;         // empty on a first print
    std::string model;        // empty unless the form is a model
};

class PageStamp {
public:
    PageStamp(PoDoFo::PdfMemDocument& document, text::TextEngine& engine, PdfFontEmbedder& fonts);

    void stamp(PoDoFo::PdfPage& page, const StampTexts& texts);

private:
    PoDoFo::PdfMemDocument& m_document;
    text::TextEngine& m_engine;
    GlyphPainter m_painter;
};

} // namespace helder::printer
