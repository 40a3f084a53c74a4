#pragma once
// Writes a text-engine layout into a PDF content stream as positioned glyph ids, through the
// document's PdfFontEmbedder. Used for widget appearances, overlay text and flattening alike, so
// every glyph on paper comes from the same layout as on screen.

#include "text/Layout.hpp"

#include <podofo/podofo.h>

#include <map>
#include <string>
#include <vector>

namespace helder::printer {

class PdfFontEmbedder;

// Resource name → Type0 font object, for a /Resources /Font dictionary.
using FontResources = std::map<std::string, PoDoFo::PdfReference>;

class GlyphPainter {
public:
    explicit GlyphPainter(PdfFontEmbedder& fonts);

    // Appends a BT … ET block showing every glyph of `layout` with its top-left corner at
    // (left, top) in PDF user space (layout px = PDF points), in the current fill colour. Glyphs
    // of code points no font has (.notdef) are left out. Adds the fonts used to `resources`.
    void draw(const text::Layout& layout, double left, double top, std::string& content, FontResources& resources);

    static void addFontResources(PoDoFo::PdfDictionary& resourceDictionary, const FontResources& fonts);

private:
    // Glyphs [begin, end) of `run`, one cluster; `texts` as in draw().
    void drawCluster(const text::GlyphRun& run, std::size_t begin, std::size_t end, const std::vector<std::string>& texts,
                     double left, double top, std::string& content);

    PdfFontEmbedder& m_fonts;
};

} // namespace helder::printer
