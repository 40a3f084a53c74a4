#include "printer/PdfNumber.hpp"

#include <charconv>
#include <cmath>

namespace helder::printer {

// std::to_chars is locale-independent and, unlike a stream per number, cheap enough for the
// thousands of glyph positions a form's appearances hold.
std::string pdfNumber(double value)
{
    if (!std::isfinite(value))
        return "0";
    const double rounded = std::round(value * 1000.0) / 1000.0;
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, rounded == 0.0 ? 0.0 : rounded,
                                            std::chars_format::fixed, 3);
    if (error != std::errc())
        return "0";
    std::string text(buffer, end);
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text;
}

} // namespace helder::printer
