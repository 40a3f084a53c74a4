#pragma once
// Loading a PDF into PoDoFo and writing it back, and PoDoFo's errors as PdfProblem values.

#include "printer/AcroFormModel.hpp"

#include <podofo/podofo.h>

#include <expected>
#include <istream>
#include <memory>
#include <span>
#include <vector>

namespace helder::printer {

struct LoadedPdf {
    // PoDoFo reads the caller's bytes through this stream for as long as the document lives (its
    // objects are parsed on demand, and an update copies the original bytes), so it is declared
    // first and destroyed last. Copying 1 MB costs more than parsing half of it on this platform.
    std::unique_ptr<std::istream> source;
    std::unique_ptr<PoDoFo::PdfMemDocument> document;
    bool incremental = false;  // loaded for an incremental update, not a complete rewrite
};

// Checks the %PDF- header, silences PoDoFo's logging, enables RC4 for encrypted forms and loads
// `bytes`, in place: they must outlive the LoadedPdf. May throw PoDoFo::PdfError from lazily parsed
// objects later on.
std::expected<LoadedPdf, PdfProblem> loadPdf(std::span<const std::byte> bytes);

// loadPdf, for an incremental update where PoDoFo allows one (it cannot update encrypted files).
std::expected<LoadedPdf, PdfProblem> loadPdfForUpdate(std::span<const std::byte> bytes);

// The document as PDF bytes. incremental (LoadedPdf::incremental): the bytes it parsed
// (with a rebuilt xref, if it had to repair one) followed by an update holding only the objects
// changed or added since (PDF 32000-1 §7.5.6); rewriting every object of a large form costs more
// than parsing it did. Otherwise every object is written anew. sizeRead: the size of the PDF
// loaded, which the output is about as large as.
std::vector<std::byte> writePdf(PoDoFo::PdfMemDocument& document, bool incremental, std::size_t sizeRead);

PdfProblem problemFrom(const PoDoFo::PdfError& error);

} // namespace helder::printer
