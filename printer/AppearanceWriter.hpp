#pragma once
// Draws field values into widget appearance streams (/AP /N form XObjects), laid out by the text
// engine: single-line text centred vertically, multi-line text wrapped, comb fields one grapheme
// per cell, DA size 0 shrunk to fit, /Q alignment (0 = start: right for right-to-left values),
// /MK background and border, /MK /R rotation.

#include "printer/GlyphPainter.hpp"
#include "printer/WidgetStyle.hpp"

#include <podofo/podofo.h>

#include <optional>
#include <string>
#include <vector>

namespace helder::text {
class TextEngine;
}

namespace helder::printer {

class PdfFontEmbedder;

struct TextBox {
    double width = 0;   // of the widget's /Rect, in points
    double height = 0;
    WidgetStyle style;
    int quadding = 0;   // /Q: 0 start, 1 centre, 2 right
    bool multiline = false;
    std::optional<int> combCells;  // set for comb fields: MaxLen
    std::string language;          // BCP 47 of the value, for shaping; may be empty
};

class AppearanceWriter {
public:
    AppearanceWriter(PoDoFo::PdfMemDocument& document, text::TextEngine& engine, PdfFontEmbedder& fonts);

    // A new form XObject showing `value` in `box`.
    PoDoFo::PdfReference textAppearance(const TextBox& box, const std::string& value);

    // A list box: the options from `topIndex` down, the `selected` ones (indices, ascending) highlighted.
    PoDoFo::PdfReference listAppearance(const TextBox& box, const std::vector<std::string>& options,
                                        const std::vector<std::size_t>& selected, std::size_t topIndex);

    // Code points of the values drawn so far that no installed font has (not drawn).
    [[nodiscard]] const std::vector<char32_t>& missing() const { return m_missing; }

private:
    std::string frame(const TextBox& box, double width, double height) const;
    PoDoFo::PdfReference formXObject(const TextBox& box, double width, double height, const std::string& content,
                                     const FontResources& fonts);
    void noteMissing(const text::Layout& layout);

    PoDoFo::PdfMemDocument& m_document;
    text::TextEngine& m_engine;
    GlyphPainter m_painter;
    std::vector<char32_t> m_missing;
};

} // namespace helder::printer
