#pragma once
// Loading a PDF into PoDoFo, and PoDoFo's errors as PdfProblem values.

#include "printer/AcroFormModel.hpp"

#include <podofo/podofo.h>

#include <expected>
#include <span>

namespace helder::printer {

// Checks the %PDF- header, silences PoDoFo's logging, enables RC4 for encrypted forms and loads
// `bytes` into `document`. May throw PoDoFo::PdfError from lazily parsed objects later on.
std::expected<void, PdfProblem> loadPdf(PoDoFo::PdfMemDocument& document, std::span<const std::byte> bytes);

PdfProblem problemFrom(const PoDoFo::PdfError& error);

} // namespace helder::printer
