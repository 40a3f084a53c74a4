#include "printer/AcroFormModel.hpp"

#include "printer/AcroFormReader.hpp"
#include "printer/MappedBytes.hpp"
#include "printer/PdfLoading.hpp"

#include <podofo/podofo.h>

#include <algorithm>

namespace helder::printer {

std::expected<std::vector<FieldInfo>, PdfProblem> readFields(const std::filesystem::path& pdf)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(pdf, error))
        return std::unexpected(PdfProblem{"unreadable", "no such file: " + pdf.string()});
    const auto mapped = MappedBytes::ofFile(pdf);
    if (!mapped)
        return std::unexpected(PdfProblem{"unreadable", "cannot read " + pdf.string() + ": " + mapped.error()});
    return readFields(mapped->bytes());
}

std::expected<std::vector<FieldInfo>, PdfProblem> readFields(std::span<const std::byte> pdfBytes)
{
    try {
        auto loaded = loadPdf(pdfBytes);
        if (!loaded)
            return std::unexpected(loaded.error());
        AcroFormReader reader(*loaded->document);
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
