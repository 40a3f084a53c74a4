#pragma once
// Appending drawing to a page: the page's own content is wrapped in q … Q so that whatever state
// it leaves (a transformed CTM, a colour) does not move or tint what is drawn after it.

#include <podofo/podofo.h>

#include <map>
#include <string>

namespace helder::printer {

// Adds `content` after the page's content and `resources` (name → object) to the page's
// /Resources /<kind> ("Font", "XObject").
void appendToPage(PoDoFo::PdfMemDocument& document, PoDoFo::PdfPage& page, const std::string& content,
                  const char* kind, const std::map<std::string, PoDoFo::PdfReference>& resources);

} // namespace helder::printer
