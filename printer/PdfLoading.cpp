#include "printer/PdfLoading.hpp"

#include "printer/LegacyCiphers.hpp"
#include "printer/XrefRepair.hpp"

#include <algorithm>
#include <optional>
#include <spanstream>
#include <string>
#include <string_view>

namespace helder::printer {
namespace {

// PDF 32000-1 §7.5.2 lets the header start anywhere in the first 1024 bytes.
constexpr std::size_t kHeaderWindow = 1024;

bool hasPdfHeader(std::span<const std::byte> bytes)
{
    const std::string_view start(reinterpret_cast<const char*>(bytes.data()), std::min(bytes.size(), kHeaderWindow));
    return start.find("%PDF-") != std::string_view::npos;
}

bool endsWithEof(std::string_view text)
{
    return text.substr(text.size() - std::min(text.size(), kHeaderWindow)).find("%%EOF") != std::string_view::npos;
}

// PoDoFo sizes its object table by the trailer's /Size (or an xref subsection's count) and lists
// every unused entry as free, one by one: a 300-byte file that claims 8 million objects took 7 s and
// 330 MB. Even in compressed object streams an object takes bytes of its own, so a claim beyond one
// object per 8 bytes (with room for small files) is refused, and the file is read again through
// repairXref, which lists the objects really there within the same bound.
long maxObjectCountFor(std::size_t fileSize)
{
    constexpr std::size_t kBytesPerObject = 8;
    constexpr std::size_t kSmallFileAllowance = 100'000;
    return static_cast<long>(std::max(kSmallFileAllowance, fileSize / kBytesPerObject));
}

PdfProblem problemOfRepaired(const PoDoFo::PdfError& error, long maxObjects)
{
    if (error.GetError() == PoDoFo::ePdfError_ValueOutOfRange)
        return {"damaged", "the PDF is damaged: it claims more than " + std::to_string(maxObjects)
                               + " objects, more than a file of its size can hold"};
    return problemFrom(error);
}

} // namespace

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


namespace {

// A repaired copy of a broken file, kept for as long as the document that reads it.
class RepairedSource : public std::ispanstream {
public:
    explicit RepairedSource(std::string bytes)
        : std::ispanstream(std::span<char>()), m_bytes(std::move(bytes))
    {
        span(std::span<char>(m_bytes));
    }

private:
    std::string m_bytes;
};

PoDoFo::PdfRefCountedInputDevice deviceOver(std::istream& stream)
{
    return PoDoFo::PdfRefCountedInputDevice(new PoDoFo::PdfInputDevice(&stream));
}

// Loads `bytes` in place into `loaded`, retrying once with a rebuilt xref.
std::expected<void, PdfProblem> load(LoadedPdf& loaded, std::span<const std::byte> bytes, bool forUpdate)
{
    if (!hasPdfHeader(bytes))
        return std::unexpected(PdfProblem{"not-a-pdf", "the file is not a PDF (no %PDF- header)"});
    // PoDoFo logs every recoverable oddity to stderr; problems reach the caller as PdfProblem.
    PoDoFo::PdfError::EnableLogging(false);
    PoDoFo::PdfError::EnableDebug(false);
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    // Loading OpenSSL's providers takes 4 ms, which only encrypted files need.
    if (text.find("/Encrypt") != std::string_view::npos)
        enableLegacyCiphers();
    // Process-wide in PoDoFo: PDFs are read one at a time (in the child process of a fill).
    const long maxObjects = maxObjectCountFor(bytes.size());
    PoDoFo::PdfParser::SetMaxObjectCount(maxObjects);
    loaded.source = std::make_unique<std::ispanstream>(std::span<const char>(text));
    try {
        loaded.document->LoadFromDevice(deviceOver(*loaded.source), forUpdate);
        return {};
    } catch (const PoDoFo::PdfError& error) {
        // PoDoFo reports an unknown security handler (/Encrypt /Filter) as an unsupported stream filter.
        if (error.GetError() == PoDoFo::ePdfError_UnsupportedFilter && text.find("/Encrypt") != std::string_view::npos)
            return std::unexpected(PdfProblem{"encrypted", "the PDF is encrypted with a security handler this reader does not know"});
        const PdfProblem problem = problemFrom(error);
        // Only a complete file is repaired: a truncated one has lost objects, maybe whole pages.
        if (problem.code != "damaged" || !endsWithEof(text))
            return std::unexpected(problem);
    }
    std::optional<std::string> repaired = repairXref(text, static_cast<unsigned long>(maxObjects - 1));
    if (!repaired)
        return std::unexpected(PdfProblem{"damaged", "the PDF is damaged: its cross-reference table is broken and no catalog was found"});
    // A failed load leaves PoDoFo's document half made: the repaired bytes go into a new one.
    loaded.document = std::make_unique<PoDoFo::PdfMemDocument>();
    loaded.source = std::make_unique<RepairedSource>(std::move(*repaired));
    try {
        loaded.document->LoadFromDevice(deviceOver(*loaded.source), forUpdate);
    } catch (const PoDoFo::PdfError& error) {
        return std::unexpected(problemOfRepaired(error, maxObjects));
    }
    return {};
}

} // namespace

std::expected<LoadedPdf, PdfProblem> loadPdf(std::span<const std::byte> bytes)
{
    LoadedPdf result{nullptr, std::make_unique<PoDoFo::PdfMemDocument>(), false};
    if (auto loaded = load(result, bytes, false); !loaded)
        return std::unexpected(loaded.error());
    return result;
}

std::expected<LoadedPdf, PdfProblem> loadPdfForUpdate(std::span<const std::byte> bytes)
{
    // PoDoFo refuses to update some encrypted files and loads others for update without their
    // fields, and a document that failed to load is not reliably reusable: any /Encrypt key (or
    // the word in a string, which only costs the speed-up) means a complete rewrite.
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    const bool incremental = text.find("/Encrypt") == std::string_view::npos;
    LoadedPdf result{nullptr, std::make_unique<PoDoFo::PdfMemDocument>(), incremental};
    if (auto loaded = load(result, bytes, incremental); !loaded)
        return std::unexpected(loaded.error());
    return result;
}

std::vector<std::byte> writePdf(PoDoFo::PdfMemDocument& document, bool incremental, std::size_t sizeRead)
{
    // Room for the original and an update of a quarter of its size: PoDoFo grows its buffer by
    // doubling, each step a fresh allocation to fill again.
    PoDoFo::PdfRefCountedBuffer buffer(sizeRead + sizeRead / 4 + (std::size_t{64} << 10U));
    PoDoFo::PdfOutputDevice device(&buffer);
    if (incremental)
        document.WriteUpdate(&device, true);  // true: copies the bytes it parsed (repaired, after an xref repair) first
    else
        document.Write(&device);
    const auto* data = reinterpret_cast<const std::byte*>(buffer.GetBuffer());
    return {data, data + device.GetLength()};
}

} // namespace helder::printer
