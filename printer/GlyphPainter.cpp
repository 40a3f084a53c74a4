#include "printer/GlyphPainter.hpp"

#include "printer/PdfFontEmbedder.hpp"
#include "printer/PdfNumber.hpp"

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
            for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
                const text::PositionedGlyph& glyph = run.glyphs[i];
                if (glyph.glyphId == 0)
                    continue;
                m_fonts.use(*run.face, glyph.glyphId, texts[i]);
                content += "1 0 0 1 " + pdfNumber(left + static_cast<double>(glyph.x)) + " " +
                           pdfNumber(top - static_cast<double>(glyph.y)) + " Tm <" + glyphHex(glyph.glyphId) + "> Tj\n";
            }
        }
    }
    content += "ET\n";
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
