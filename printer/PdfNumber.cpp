#include "printer/PdfNumber.hpp"

#include <cmath>
#include <locale>
#include <sstream>

namespace helder::printer {

std::string pdfNumber(double value)
{
    if (!std::isfinite(value))
        return "0";
    const double rounded = std::round(value * 1000.0) / 1000.0;
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.setf(std::ios::fixed);
    out.precision(3);
    out << (rounded == 0.0 ? 0.0 : rounded);
    std::string text = out.str();
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text;
}

} // namespace helder::printer
