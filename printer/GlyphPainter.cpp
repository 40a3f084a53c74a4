#include "printer/GlyphPainter.hpp"

#include "printer/PdfFontEmbedder.hpp"
#include "printer/PdfNumber.hpp"
#include "printer/PdfStrings.hpp"

#include <algorithm>
#include <set>
#include <vector>
#include <utility>

namespace helder::printer {
namespace {

std::string glyphHex(std::uint32_t glyph)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    for (int shift = 12; shift >= 0; shift -= 4)
        out += kDigits[(glyph >> shift) & 0xFU];
    return out;
}

} // namespace

GlyphPainter::GlyphPainter(PdfFontEmbedder& fonts)
    : m_fonts(fonts)
{
}

void GlyphPainter::draw(const text::Layout& layout, double left, double top, std::string& content,
                        FontResources& resources)
{
    content += "BT\n";
    for (const text::LayoutLine& line : layout.lines) {
        for (const text::GlyphRun& run : line.runs) {
            if (!run.face || run.glyphs.empty())
                continue;
            const PoDoFo::PdfReference font = m_fonts.fontFor(*run.face);
            const std::string name = "HF" + std::to_string(font.ObjectNumber());
            resources[name] = font;
            content += "/" + name + " " + pdfNumber(run.fontSize) + " Tf\n";

            // The cluster's text belongs to its first glyph in logical order; a right-to-left
            // run lists its glyphs in visual order, so it is read backwards.
            std::set<std::pair<std::size_t, std::size_t>> clustersSeen;
            std::vector<std::string> texts(run.glyphs.size());
            for (std::size_t k = 0; k < run.glyphs.size(); ++k) {
                const std::size_t i = run.rightToLeft ? run.glyphs.size() - 1 - k : k;
                const text::PositionedGlyph& glyph = run.glyphs[i];
                if (clustersSeen.emplace(glyph.clusterBegin, glyph.clusterEnd).second && glyph.clusterEnd <= layout.text.size())
                    texts[i] = layout.text.substr(glyph.clusterBegin, glyph.clusterEnd - glyph.clusterBegin);
            }
            // The glyphs of one cluster are adjacent in a run.
            for (std::size_t begin = 0; begin < run.glyphs.size();) {
                std::size_t end = begin + 1;
                while (end < run.glyphs.size() && run.glyphs[end].clusterBegin == run.glyphs[begin].clusterBegin &&
                       run.glyphs[end].clusterEnd == run.glyphs[begin].clusterEnd)
                    ++end;
                drawCluster(run, begin, end, texts, left, top, content);
                begin = end;
            }
        }
    }
    content += "ET\n";
}

// A ToUnicode map gives each glyph id one text, fixed by its first use: a cluster whose glyphs
// it maps to other text (the same glyph shaped from other characters, a mark first used alone)
// is wrapped in a marked-content span whose /ActualText extractors read instead.
void GlyphPainter::drawCluster(const text::GlyphRun& run, std::size_t begin, std::size_t end,
                               const std::vector<std::string>& texts, double left, double top, std::string& content)
{
    std::string shows;     // the cluster's text as the ToUnicode map gives it back
    std::string stands;    // the cluster's text
    std::vector<const std::string*> mapped;
    std::string glyphs;
    bool missing = false;
    for (std::size_t i = begin; i < end; ++i) {
        const text::PositionedGlyph& glyph = run.glyphs[i];
        stands += texts[i];
        if (glyph.glyphId == 0) {
            missing = true;
            continue;
        }
        mapped.push_back(&m_fonts.use(*run.face, glyph.glyphId, texts[i]));
        glyphs += "1 0 0 1 " + pdfNumber(left + static_cast<double>(glyph.x)) + " " +
                  pdfNumber(top - static_cast<double>(glyph.y)) + " Tm <" + glyphHex(glyph.glyphId) + "> Tj\n";
    }
    if (run.rightToLeft)
        std::reverse(mapped.begin(), mapped.end());
    for (const std::string* text : mapped)
        shows += *text;
    // A glyph left out (.notdef) leaves its characters out of the text too, as on paper.
    if (missing || shows == stands || stands.empty()) {
        content += glyphs;
        return;
    }
    content += "/Span<</ActualText<FEFF" + utf8ToUtf16BeHex(stands) + ">>>BDC\n" + glyphs + "EMC\n";
}

void GlyphPainter::addFontResources(PoDoFo::PdfDictionary& resourceDictionary, const FontResources& fonts)
{
    const PoDoFo::PdfName fontKey("Font");
    if (!resourceDictionary.HasKey(fontKey) || !resourceDictionary.GetKey(fontKey)->IsDictionary())
        resourceDictionary.AddKey(fontKey, PoDoFo::PdfDictionary());
    PoDoFo::PdfDictionary& fontDictionary = resourceDictionary.GetKey(fontKey)->GetDictionary();
    for (const auto& [name, reference] : fonts)
        fontDictionary.AddKey(PoDoFo::PdfName(name), reference);
}

} // namespace helder::printer
