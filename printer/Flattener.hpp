#pragma once
// Flattening: every visible widget's normal appearance (for buttons the one /AS selects) is drawn
// into its page's content, then the widgets and the AcroForm are removed, so the values can no
// longer be changed and every viewer and printer shows the same thing.

#include <podofo/podofo.h>

namespace helder::printer {

// May throw PoDoFo::PdfError on a damaged object.
void flatten(PoDoFo::PdfMemDocument& document);

} // namespace helder::printer
