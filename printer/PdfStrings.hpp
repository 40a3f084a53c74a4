#pragma once
// Decoding of PDF text strings (PDF 32000-1 §7.9.2.2) to UTF-8.

#include <string>
#include <string_view>

namespace helder::printer {

// A text string as stored in the PDF: UTF-16BE after a FE FF byte order mark, UTF-8 after an
// EF BB BF mark (PDF 2.0), otherwise PDFDocEncoding. Undecodable units become U+FFFD.
std::string decodePdfText(std::string_view bytes);

// UTF-16 without a byte order mark; unpaired surrogates become U+FFFD.
std::string utf16BeToUtf8(std::string_view bytes);

std::string pdfDocEncodingToUtf8(std::string_view bytes);

// UTF-8 as upper-case hex digits of UTF-16BE without a byte order mark (for ToUnicode maps);
// invalid bytes become U+FFFD.
std::string utf8ToUtf16BeHex(std::string_view utf8);

} // namespace helder::printer
