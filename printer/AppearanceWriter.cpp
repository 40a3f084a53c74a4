#include "printer/AppearanceWriter.hpp"

#include "printer/PdfNumber.hpp"
#include "text/Fitting.hpp"
#include "text/TextEngine.hpp"

#include <algorithm>

namespace helder::printer {
namespace {

constexpr float kAutoSize = 12.0F;     // the start of DA size 0, as viewers do
constexpr float kSmallestSize = 4.0F;  // below this nobody reads it on paper
constexpr const char* kHighlight = "0.6 0.75 0.86 rg";  // selected list item, as viewers draw it

std::string rectangle(double x, double y, double width, double height)
{
    return pdfNumber(x) + " " + pdfNumber(y) + " " + pdfNumber(width) + " " + pdfNumber(height) + " re";
}

text::Alignment alignmentOf(int quadding)
{
    switch (quadding) {
    case 1: return text::Alignment::Center;
    case 2: return text::Alignment::Right;
    default: return text::Alignment::Start;
    }
}

// Horizontal offset of a line of `width` in a box of `room` (the engine aligns only when it wraps).
double alignedOffset(text::Alignment alignment, bool rightToLeft, double width, double room)
{
    const double free = std::max(0.0, room - width);
    switch (alignment) {
    case text::Alignment::Center: return free / 2;
    case text::Alignment::Right: return free;
    case text::Alignment::Left: return 0;
    case text::Alignment::End: return rightToLeft ? 0 : free;
    case text::Alignment::Start: break;
    }
    return rightToLeft ? free : 0;
}

std::string singleLine(std::string value)
{
    std::replace_if(value.begin(), value.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return value;
}

} // namespace

AppearanceWriter::AppearanceWriter(PoDoFo::PdfMemDocument& document, text::TextEngine& engine, PdfFontEmbedder& fonts)
    : m_document(document)
    , m_engine(engine)
    , m_painter(fonts)
{
}

PoDoFo::PdfReference AppearanceWriter::textAppearance(const TextBox& box, const std::string& value)
{
    const bool sideways = box.style.rotation == 90 || box.style.rotation == 270;
    const double width = sideways ? box.height : box.width;
    const double height = sideways ? box.width : box.height;
    const double inset = box.style.border.empty() ? 2.0 : std::max(2.0, 2.0 * box.style.borderWidth);
    const double innerWidth = std::max(1.0, width - 2 * inset);
    const double innerHeight = std::max(1.0, height - 2 * inset);

    text::LayoutRequest request;
    request.language = box.language;
    request.alignment = alignmentOf(box.quadding);
    request.fontSize = box.style.fontSize > 0 ? static_cast<float>(box.style.fontSize) : kAutoSize;

    std::string content = frame(box, width, height);
    content += "/Tx BMC\nq\n" + rectangle(inset / 2, inset / 2, width - inset, height - inset) + " W n\n" +
               box.style.textColour + "\n";
    FontResources fonts;
    if (box.combCells && *box.combCells > 0) {
        request.text = singleLine(value);
        const double cellWidth = width / *box.combCells;
        text::LayoutRequest probe = request;
        request.fontSize = text::shrinkToFit(m_engine, probe, static_cast<float>(cellWidth) * 1e6F,
                                             static_cast<float>(innerHeight), kSmallestSize);
        const text::CombLayout comb = text::combLayout(m_engine, request, static_cast<std::size_t>(*box.combCells),
                                                       static_cast<float>(cellWidth));
        noteMissing(comb.layout);
        if (!comb.layout.lines.empty()) {
            const text::LayoutLine& line = comb.layout.lines.front();
            const double baseline = (height - (line.ascent + line.descent)) / 2 + line.descent;
            m_painter.draw(comb.layout, 0, baseline + line.baseline, content, fonts);
        }
    } else if (box.multiline) {
        request.text = value;
        request.maxWidth = static_cast<float>(innerWidth);
        request.fontSize = text::shrinkToFit(m_engine, request, static_cast<float>(innerWidth),
                                             static_cast<float>(innerHeight), kSmallestSize);
        const text::Layout layout = m_engine.layout(request);
        noteMissing(layout);
        m_painter.draw(layout, inset, height - inset, content, fonts);
    } else {
        request.text = singleLine(value);
        request.fontSize = text::shrinkToFit(m_engine, request, static_cast<float>(innerWidth),
                                             static_cast<float>(innerHeight), kSmallestSize);
        const text::Layout layout = m_engine.layout(request);
        noteMissing(layout);
        if (!layout.lines.empty()) {
            const text::LayoutLine& line = layout.lines.front();
            const double baseline = (height - (line.ascent + line.descent)) / 2 + line.descent;
            const double left = inset + alignedOffset(request.alignment, layout.rightToLeft, line.width, innerWidth) - line.left;
            m_painter.draw(layout, left, baseline + line.baseline, content, fonts);
        }
    }
    content += "Q\nEMC\n";
    return formXObject(box, width, height, content, fonts);
}

PoDoFo::PdfReference AppearanceWriter::listAppearance(const TextBox& box, const std::vector<std::string>& options,
                                                      const std::vector<std::size_t>& selected, std::size_t topIndex)
{
    const double width = box.width;
    const double height = box.height;
    const double inset = box.style.border.empty() ? 2.0 : std::max(2.0, 2.0 * box.style.borderWidth);
    std::string content = frame(box, width, height);
    content += "/Tx BMC\nq\n" + rectangle(inset / 2, inset / 2, width - inset, height - inset) + " W n\n";
    FontResources fonts;
    double top = height - inset / 2;
    for (std::size_t i = topIndex; i < options.size() && top > 0; ++i) {
        text::LayoutRequest request;
        request.text = singleLine(options[i]);
        request.language = box.language;
        request.fontSize = box.style.fontSize > 0 ? static_cast<float>(box.style.fontSize) : kAutoSize;
        const text::Layout layout = m_engine.layout(request);
        noteMissing(layout);
        if (layout.lines.empty())
            continue;
        const text::LayoutLine& line = layout.lines.front();
        if (std::binary_search(selected.begin(), selected.end(), i))
            content += std::string(kHighlight) + "\n" + rectangle(inset / 2, top - line.height, width - inset, line.height) + " f\n";
        content += box.style.textColour + "\n";
        const double left = inset + alignedOffset(alignmentOf(box.quadding), layout.rightToLeft, line.width,
                                                  width - 2 * inset) - line.left;
        m_painter.draw(layout, left, top - line.top, content, fonts);
        top -= line.height;
    }
    content += "Q\nEMC\n";
    return formXObject(box, width, height, content, fonts);
}

std::string AppearanceWriter::frame(const TextBox& box, double width, double height) const
{
    std::string content;
    if (!box.style.background.empty())
        content += box.style.background + "\n" + rectangle(0, 0, width, height) + " f\n";
    if (!box.style.border.empty() && box.style.borderWidth > 0) {
        const double w = box.style.borderWidth;
        content += box.style.border + "\n" + pdfNumber(w) + " w\n" +
                   rectangle(w / 2, w / 2, width - w, height - w) + " S\n";
    }
    return content;
}

PoDoFo::PdfReference AppearanceWriter::formXObject(const TextBox& box, double width, double height,
                                                   const std::string& content, const FontResources& fonts)
{
    PoDoFo::PdfObject* xobject = m_document.GetObjects().CreateObject("XObject");
    PoDoFo::PdfDictionary& dictionary = xobject->GetDictionary();
    dictionary.AddKey(PoDoFo::PdfName("Subtype"), PoDoFo::PdfName("Form"));
    PoDoFo::PdfArray bbox;
    for (const double corner : {0.0, 0.0, width, height})
        bbox.push_back(corner);
    dictionary.AddKey(PoDoFo::PdfName("BBox"), bbox);
    if (box.style.rotation != 0) {
        // Viewers map the rotated BBox onto /Rect, so only the rotation matters here.
        const double matrices[3][6] = {{0, 1, -1, 0, 0, 0}, {-1, 0, 0, -1, 0, 0}, {0, -1, 1, 0, 0, 0}};
        PoDoFo::PdfArray matrix;
        for (const double entry : matrices[box.style.rotation / 90 - 1])
            matrix.push_back(entry);
        dictionary.AddKey(PoDoFo::PdfName("Matrix"), matrix);
    }
    PoDoFo::PdfDictionary resources;
    GlyphPainter::addFontResources(resources, fonts);
    dictionary.AddKey(PoDoFo::PdfName("Resources"), resources);
    // Stored unfiltered: a field's appearance is a few hundred bytes, and PoDoFo's Flate filter
    // sets up a fresh 256 KB zlib state for each stream, which cost more than drawing the field.
    xobject->GetStream()->Set(content.data(), static_cast<PoDoFo::pdf_long>(content.size()), PoDoFo::TVecFilters{});
    return xobject->Reference();
}

void AppearanceWriter::noteMissing(const text::Layout& layout)
{
    for (const text::MissingCodePoint& missing : layout.missing) {
        if (std::find(m_missing.begin(), m_missing.end(), missing.codePoint) == m_missing.end())
            m_missing.push_back(missing.codePoint);
    }
}

} // namespace helder::printer
