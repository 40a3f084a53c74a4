#pragma once
// A PoDoFo document written out as the bytes of a PDF file.

#include <podofo/podofo.h>

#include <cstddef>
#include <vector>

namespace helder::printer {

// May throw PoDoFo::PdfError: callers catch it where they call PoDoFo.
std::vector<std::byte> pdfBytes(PoDoFo::PdfMemDocument& document);

} // namespace helder::printer
