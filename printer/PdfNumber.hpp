#pragma once
// Numbers written into PDF content streams and dictionaries: classic locale, no exponent, at
// most three decimals (a thousandth of a point is far below what a printer resolves).

#include <string>

namespace helder::printer {

std::string pdfNumber(double value);

} // namespace helder::printer
