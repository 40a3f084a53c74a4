#include "printer/SheetFlow.hpp"

#include "printer/PageContent.hpp"
#include "printer/PdfBytes.hpp"
#include "printer/PdfNumber.hpp"
#include "text/TextEngine.hpp"

#include <algorithm>

namespace helder::printer {
namespace {

constexpr const char* kShade = "0.88 g\n";  // light enough for the text on it, dark enough on a laser printer
constexpr double kShadePadding = 3.0;

std::string rectangle(double x, double y, double width, double height)
{
    return pdfNumber(x) + " " + pdfNumber(y) + " " + pdfNumber(width) + " " + pdfNumber(height) + " re\n";
}

} // namespace

SheetFlow::SheetFlow(text::TextEngine& engine)
    : m_engine(engine)
    , m_fonts(m_document)
    , m_painter(m_fonts)
{
    newPage();
}

void SheetFlow::newPage()
{
    m_pages.emplace_back();
    m_y = pageHeight - margin;
}

void SheetFlow::space(double points)
{
    m_y -= points;
    if (room() < 0)
        newPage();
}

void SheetFlow::keepRoom(double height)
{
    if (room() < height)
        newPage();
}

void SheetFlow::add(const SheetParagraph& paragraph)
{
    if (paragraph.text.empty())
        return;
    text::LayoutRequest request;
    request.text = paragraph.text;
    request.language = paragraph.language;
    request.fontSize = paragraph.fontSize;
    request.weight = paragraph.weight;
    request.maxWidth = static_cast<float>(contentWidth - paragraph.indent);
    request.alignment = text::Alignment::Start;
    const text::Layout layout = m_engine.layout(request);
    // Right-to-left paragraphs are indented from the right, where they start.
    const double left = margin + (layout.rightToLeft ? 0.0 : paragraph.indent);

    m_y -= paragraph.spaceBefore;
    for (const text::LayoutLine& line : layout.lines) {
        const auto height = static_cast<double>(line.height);
        if (room() < height)
            newPage();
        Page& page = m_pages.back();
        if (paragraph.shaded) {
            page.content += "q\n" + std::string(kShade) +
                            rectangle(left - kShadePadding, m_y - height, static_cast<double>(layout.width) + 2 * kShadePadding,
                                      height) +
                            "f\nQ\n";
        }
        // One line at a time, so that a long paragraph can continue on the next page: the
        // painter places glyphs from the layout's top, so the line's own top is moved to m_y.
        text::Layout single;
        single.text = layout.text;
        single.rightToLeft = layout.rightToLeft;
        single.width = layout.width;
        single.lines.push_back(line);
        page.content += "0 g\n";
        m_painter.draw(single, left, m_y + static_cast<double>(line.top), page.content, page.fonts);
        m_y -= height;
    }
}

void SheetFlow::box(double left, double width, double height)
{
    m_pages.back().content += "q\n0 G\n1 w\n" + rectangle(margin + left, m_y - height, width, height) + "S\nQ\n";
}

std::expected<SheetPdf, std::string> SheetFlow::finish()
{
    try {
        for (const Page& drawn : m_pages) {
            PoDoFo::PdfPage* page = m_document.CreatePage(PoDoFo::PdfRect(0, 0, pageWidth, pageHeight));
            appendToPage(m_document, *page, drawn.content, "Font", drawn.fonts);
        }
        if (auto finished = m_fonts.finish(); !finished)
            return std::unexpected(finished.error());
        return SheetPdf{pdfBytes(m_document), static_cast<int>(m_pages.size())};
    } catch (const PoDoFo::PdfError& error) {
        return std::unexpected(std::string("the review sheet could not be written: PoDoFo error ") +
                               std::to_string(static_cast<int>(error.GetError())));
    }
}

} // namespace helder::printer
