#pragma once
// Loading a PDF into PoDoFo and writing it back, and PoDoFo's errors as PdfProblem values.

#include "printer/AcroFormModel.hpp"

#include <podofo/podofo.h>

#include <expected>
#include <memory>
#include <span>
#include <vector>

namespace helder::printer {

// Checks the %PDF- header, silences PoDoFo's logging, enables RC4 for encrypted forms and loads
// `bytes` into `document`. May throw PoDoFo::PdfError from lazily parsed objects later on.
std::expected<void, PdfProblem> loadPdf(PoDoFo::PdfMemDocument& document, std::span<const std::byte> bytes);

struct LoadedPdf {
    std::unique_ptr<PoDoFo::PdfMemDocument> document;
    bool incremental = false;  // loaded for an incremental update, not a complete rewrite
};

// loadPdf, for an incremental update where PoDoFo allows one (it cannot update encrypted files).
std::expected<LoadedPdf, PdfProblem> loadPdfForUpdate(std::span<const std::byte> bytes);

// The document as PDF bytes. incremental (LoadedPdf::incremental): the bytes it parsed
// (with a rebuilt xref, if it had to repair one) followed by an update holding only the objects
// changed or added since (PDF 32000-1 §7.5.6); rewriting every object of a large form costs more
// than parsing it did. Otherwise every object is written anew.
std::vector<std::byte> writePdf(PoDoFo::PdfMemDocument& document, bool incremental);

PdfProblem problemFrom(const PoDoFo::PdfError& error);

} // namespace helder::printer
