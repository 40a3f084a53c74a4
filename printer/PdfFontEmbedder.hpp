#pragma once
// Embeds the text engine's font faces into one PDF document as Type0/CIDFontType2 fonts with
// Identity-H encoding and CIDToGIDMap /Identity: content streams show glyph ids directly, so
// shaping (Arabic joining, Ethiopic syllables, marks) survives exactly as HarfBuzz made it.
// Each face is embedded once per document, subset by HarfBuzz to the glyphs used with their ids
// retained, with /W widths and a ToUnicode map built from the shaped clusters' text so that
// pdftotext and screen readers get the values back.

#include <podofo/podofo.h>

#include <cstdint>
#include <expected>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace helder::text {
class FontFace;
}

namespace helder::printer {

class PdfFontEmbedder {
public:
    explicit PdfFontEmbedder(PoDoFo::PdfMemDocument& document);

    // The indirect Type0 font object for `face`, created on first use and completed by finish().
    PoDoFo::PdfReference fontFor(const text::FontFace& face);

    // Records that `glyphId` of `face` is drawn; `unicode` (UTF-8) is what it stands for, empty
    // for a glyph whose cluster's text another glyph carries. A ToUnicode map holds one text per
    // glyph id: the first use fixes it, and the text fixed is returned, so that the caller can
    // mark the clusters it does not fit (with /ActualText).
    const std::string& use(const text::FontFace& face, std::uint32_t glyphId, std::string_view unicode);

    // Subsets every used face and writes its font program, descriptor, widths and ToUnicode map.
    // Call once, after the last use().
    std::expected<void, std::string> finish();

private:
    using FaceKey = std::pair<std::string, int>;  // path, face index
    struct Embedded {
        PoDoFo::PdfReference type0;
        std::map<std::uint32_t, std::string> glyphs;  // glyph id → UTF-8 text (may be empty)
    };

    std::expected<void, std::string> write(const FaceKey& face, const Embedded& embedded);

    PoDoFo::PdfMemDocument& m_document;
    std::map<FaceKey, Embedded> m_faces;
};

} // namespace helder::printer
