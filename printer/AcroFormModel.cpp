#include "printer/AcroFormModel.hpp"

#include "printer/AcroFormReader.hpp"
#include "printer/LegacyCiphers.hpp"

#include <podofo/podofo.h>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace helder::printer {
namespace {

// PDF 32000-1 §7.5.2 lets the header start anywhere in the first 1024 bytes.
constexpr std::size_t kHeaderWindow = 1024;

bool hasPdfHeader(std::span<const std::byte> bytes)
{
    const std::string_view start(reinterpret_cast<const char*>(bytes.data()), std::min(bytes.size(), kHeaderWindow));
    return start.find("%PDF-") != std::string_view::npos;
}

PdfProblem problemFrom(const PoDoFo::PdfError& error)
{
    const PoDoFo::EPdfError code = error.GetError();
    if (code == PoDoFo::ePdfError_InvalidPassword)
        return {"encrypted", "the PDF is encrypted with a password"};
    if (code == PoDoFo::ePdfError_InvalidEncryptionDict)
        return {"encrypted", "the PDF uses an encryption this reader does not support"};
    if (code == PoDoFo::ePdfError_NoPdfFile)
        return {"not-a-pdf", "the file is not a PDF"};
    const char* description = PoDoFo::PdfError::ErrorMessage(code);
    const char* name = PoDoFo::PdfError::ErrorName(code);
    std::string message = "the PDF is damaged: ";
    message += description && *description ? description : name ? name : "unknown PoDoFo error";
    return {"damaged", message};
}

} // namespace

std::expected<std::vector<FieldInfo>, PdfProblem> readFields(const std::filesystem::path& pdf)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(pdf, error))
        return std::unexpected(PdfProblem{"unreadable", "no such file: " + pdf.string()});
    std::ifstream in(pdf, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return std::unexpected(PdfProblem{"unreadable", "cannot read " + pdf.string()});
    return readFields(std::as_bytes(std::span(bytes)));
}

std::expected<std::vector<FieldInfo>, PdfProblem> readFields(std::span<const std::byte> pdfBytes)
{
    if (!hasPdfHeader(pdfBytes))
        return std::unexpected(PdfProblem{"not-a-pdf", "the file is not a PDF (no %PDF- header)"});
    // PoDoFo logs every recoverable oddity to stderr; problems reach the caller as PdfProblem.
    PoDoFo::PdfError::EnableLogging(false);
    PoDoFo::PdfError::EnableDebug(false);
    enableLegacyCiphers();
    try {
        PoDoFo::PdfMemDocument document;
        document.LoadFromBuffer(reinterpret_cast<const char*>(pdfBytes.data()), static_cast<long>(pdfBytes.size()));
        return AcroFormReader(document).read();
    } catch (const PoDoFo::PdfError& error) {
        return std::unexpected(problemFrom(error));
    } catch (const std::exception& error) {
        return std::unexpected(PdfProblem{"damaged", std::string("the PDF could not be read: ") + error.what()});
    }
}

std::string_view toString(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text: return "text";
    case FieldKind::Checkbox: return "checkbox";
    case FieldKind::RadioGroup: return "radio";
    case FieldKind::ComboBox: return "combo";
    case FieldKind::ListBox: return "list";
    case FieldKind::PushButton: return "push";
    case FieldKind::Signature: return "signature";
    case FieldKind::Unknown: break;
    }
    return "unknown";
}

} // namespace helder::printer
