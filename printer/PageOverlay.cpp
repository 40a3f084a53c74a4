#include "printer/PageOverlay.hpp"

#include "printer/PageContent.hpp"
#include "text/Fitting.hpp"
#include "text/TextEngine.hpp"

#include <algorithm>
#include <map>

namespace helder::printer {
namespace {

constexpr float kSmallestSize = 4.0F;
constexpr double kInset = 2.0;  // keeps values off the printed box's lines, as in a field

double offsetIn(core::Alignment align, bool rightToLeft, double width, double room)
{
    const double free = std::max(0.0, room - width);
    switch (align) {
    case core::Alignment::Left: return 0;
    case core::Alignment::Center: return free / 2;
    case core::Alignment::Right: return free;
    case core::Alignment::Start: break;
    }
    return rightToLeft ? free : 0;
}

} // namespace

PageOverlay::PageOverlay(PoDoFo::PdfMemDocument& document, text::TextEngine& engine, PdfFontEmbedder& fonts)
    : m_document(document)
    , m_engine(engine)
    , m_painter(fonts)
{
}

std::expected<void, std::string> PageOverlay::draw(const std::vector<OverlayText>& texts)
{
    std::map<int, std::pair<std::string, FontResources>> pages;
    const int pageCount = m_document.GetPageCount();
    for (const OverlayText& overlay : texts) {
        if (overlay.page < 1 || overlay.page > pageCount)
            return std::unexpected("page " + std::to_string(overlay.page) + " does not exist: the PDF has " +
                                   std::to_string(pageCount));
        text::LayoutRequest request;
        request.text = overlay.text;
        request.fontSize = static_cast<float>(overlay.fontSize);
        const double room = std::max(1.0, overlay.width - 2 * kInset);
        request.fontSize = text::shrinkToFit(m_engine, request, static_cast<float>(room),
                                             static_cast<float>(overlay.height), kSmallestSize);
        const text::Layout layout = m_engine.layout(request);
        if (layout.lines.empty())
            continue;
        const text::LayoutLine& line = layout.lines.front();
        const double baseline = overlay.y + (overlay.height - (line.ascent + line.descent)) / 2 + line.descent;
        const double left = overlay.x + kInset + offsetIn(overlay.align, layout.rightToLeft, line.width, room) - line.left;
        auto& [content, fonts] = pages[overlay.page];
        content += "0 g\n";
        m_painter.draw(layout, left, baseline + line.baseline, content, fonts);
    }
    for (const auto& [number, drawing] : pages) {
        if (PoDoFo::PdfPage* page = m_document.GetPage(number - 1))
            appendToPage(m_document, *page, drawing.first, "Font", drawing.second);
    }
    return {};
}

} // namespace helder::printer
