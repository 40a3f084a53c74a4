#include "printer/AcroFormModel.hpp"

#include "printer/AcroFormReader.hpp"
#include "printer/PdfLoading.hpp"

#include <podofo/podofo.h>

#include <algorithm>
#include <fstream>

namespace helder::printer {

std::expected<std::vector<FieldInfo>, PdfProblem> readFields(const std::filesystem::path& pdf)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(pdf, error))
        return std::unexpected(PdfProblem{"unreadable", "no such file: " + pdf.string()});
    // One read of the whole file: a character-by-character copy takes most of a minute for a
    // 13 MB PDF in a Debug or sanitized build.
    const std::uintmax_t size = std::filesystem::file_size(pdf, error);
    std::ifstream in(pdf, std::ios::binary);
    std::vector<char> bytes(error ? 0 : static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (error || in.bad() || static_cast<std::size_t>(in.gcount()) != bytes.size())
        return std::unexpected(PdfProblem{"unreadable", "cannot read " + pdf.string()});
    return readFields(std::as_bytes(std::span(bytes)));
}

std::expected<std::vector<FieldInfo>, PdfProblem> readFields(std::span<const std::byte> pdfBytes)
{
    try {
        PoDoFo::PdfMemDocument document;
        if (auto loaded = loadPdf(document, pdfBytes); !loaded)
            return std::unexpected(loaded.error());
        AcroFormReader reader(document);
        std::vector<FieldInfo> fields = reader.read();
        if (reader.problem())
            return std::unexpected(*reader.problem());
        return fields;
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
