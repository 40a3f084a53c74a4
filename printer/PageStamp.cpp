#include "printer/PageStamp.hpp"

#include "printer/PageContent.hpp"
#include "printer/PdfNumber.hpp"
#include "text/TextEngine.hpp"

#include <algorithm>
#include <cmath>

namespace helder::printer {
namespace {

constexpr float kStampSize = 11.0F;  // DESIGN §3: nothing under 11 pt
constexpr float kCopySize = 16.0F;
constexpr double kSide = 28.0;       // from the shown page's left and right edges
constexpr double kBottom = 14.0;     // baseline-ish: the layout's bottom edge above the shown page's bottom
constexpr double kTop = 14.0;

// The page as shown: its visible box and how PDF user space maps onto it.
struct ShownPage {
    double width = 0;
    double height = 0;
    std::string matrix;  // "a b c d e f cm": shown coordinates → the page's user space
};

ShownPage shownPage(const PoDoFo::PdfPage& page)
{
    PoDoFo::PdfRect box = page.GetCropBox();
    if (box.GetWidth() <= 0 || box.GetHeight() <= 0)
        box = page.GetMediaBox();
    const double x = box.GetLeft();
    const double y = box.GetBottom();
    const double w = box.GetWidth();
    const double h = box.GetHeight();
    const int rotation = ((page.GetRotation() % 360) + 360) % 360;
    const auto cm = [](double a, double b, double c, double d, double e, double f) {
        return pdfNumber(a) + " " + pdfNumber(b) + " " + pdfNumber(c) + " " + pdfNumber(d) + " " + pdfNumber(e) + " " +
               pdfNumber(f) + " cm\n";
    };
    // /Rotate turns the page clockwise when shown.
    switch (rotation) {
    case 90: return {h, w, cm(0, 1, -1, 0, x + w, y)};
    case 180: return {w, h, cm(-1, 0, 0, -1, x + w, y + h)};
    case 270: return {h, w, cm(0, -1, 1, 0, x, y + h)};
    default: return {w, h, cm(1, 0, 0, 1, x, y)};
    }
}

} // namespace

PageStamp::PageStamp(PoDoFo::PdfMemDocument& document, text::TextEngine& engine, PdfFontEmbedder& fonts)
    : m_document(document)
    , m_engine(engine)
    , m_painter(fonts)
{
}

void PageStamp::stamp(PoDoFo::PdfPage& page, const StampTexts& texts)
{
    const ShownPage shown = shownPage(page);
    std::string content = shown.matrix;
    FontResources fonts;
    const auto layout = [&](const std::string& text, float size, text::Weight weight) {
        text::LayoutRequest request;
        request.text = text;
        request.language = texts.language;
        request.fontSize = size;
        request.weight = weight;
        return m_engine.layout(request);
    };

    if (!texts.model.empty()) {
        // Corner to corner, as large as fits along the diagonal.
        const double diagonal = std::hypot(shown.width, shown.height);
        text::Layout model = layout(texts.model, 40.0F, text::Weight::Bold);
        const double widest = std::max(1.0, static_cast<double>(model.widestLine()));
        const auto size = static_cast<float>(std::clamp(40.0 * diagonal * 0.7 / widest, 11.0, 90.0));
        model = layout(texts.model, size, text::Weight::Bold);
        const double angle = std::atan2(shown.height, shown.width);
        const double c = std::cos(angle);
        const double s = std::sin(angle);
        content += "q\n" + pdfNumber(c) + " " + pdfNumber(s) + " " + pdfNumber(-s) + " " + pdfNumber(c) + " " +
                   pdfNumber(shown.width / 2) + " " + pdfNumber(shown.height / 2) + " cm\n";
        content += "0.55 G\n0.8 w\n1 Tr\n";
        m_painter.draw(model, -static_cast<double>(model.widestLine()) / 2, static_cast<double>(model.height) / 2, content,
                       fonts);
        content += "0 Tr\nQ\n";
    }

    content += "0 g\n";
    const text::Layout code = layout(texts.sessionCode, kStampSize, text::Weight::Regular);
    m_painter.draw(code, kSide, kBottom + static_cast<double>(code.height), content, fonts);
    const text::Layout number = layout(texts.page, kStampSize, text::Weight::Regular);
    m_painter.draw(number, shown.width - kSide - static_cast<double>(number.widestLine()),
                   kBottom + static_cast<double>(number.height), content, fonts);
    if (!texts.copy.empty()) {
        const text::Layout copy = layout(texts.copy, kCopySize, text::Weight::Bold);
        m_painter.draw(copy, shown.width - kSide - static_cast<double>(copy.widestLine()), shown.height - kTop, content,
                       fonts);
    }
    appendToPage(m_document, page, content, "Font", fonts);
}

} // namespace helder::printer
