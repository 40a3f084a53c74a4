#include "printer/Printout.hpp"

#include "core/Session.hpp"
#include "core/SessionView.hpp"
#include "core/Template.hpp"
#include "i18n/Catalog.hpp"
#include "printer/AnswerMapping.hpp"
#include "printer/PageStamp.hpp"
#include "printer/PdfBytes.hpp"
#include "printer/PdfFontEmbedder.hpp"
#include "printer/PdfLoading.hpp"
#include "printer/ReviewSheet.hpp"

#include <podofo/podofo.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace helder::printer {
namespace {

std::optional<std::vector<std::byte>> readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return std::nullopt;
    const auto* data = reinterpret_cast<const std::byte*>(bytes.data());
    return std::vector<std::byte>(data, data + bytes.size());
}

// What the assembling child sends back: "ok <form pages>\n" and the PDF, or "error\n" and why.
constexpr std::string_view kOk = "ok ";
constexpr std::string_view kError = "error\n";

struct Assembly {
    std::span<const std::byte> sheet;
    std::span<const std::byte> form;
    StampTexts stamp;                       // page is filled in per page
    std::string pageKey;                    // catalog key of "page x of y"
    const i18n::Catalog* catalog = nullptr;
    text::TextEngine* engine = nullptr;
};

// Runs in the child: the filled official PDF is parsed again here, never in the kiosk.
std::string assemble(const Assembly& job)
{
    try {
        auto sheet = loadPdf(job.sheet);
        if (!sheet)
            return std::string(kError) + "the review sheet does not load: " + sheet.error().message;
        auto filledForm = loadPdf(job.form);
        if (!filledForm)
            return std::string(kError) + "the filled form does not load: " + filledForm.error().message;
        PoDoFo::PdfMemDocument& printout = *sheet->document;
        PoDoFo::PdfMemDocument& form = *filledForm->document;
        const int formPages = form.GetPageCount();
        printout.Append(form);
        const int pages = printout.GetPageCount();

        PdfFontEmbedder fonts(printout);
        PageStamp stamp(printout, *job.engine, fonts);
        for (int i = 0; i < pages; ++i) {
            StampTexts texts = job.stamp;
            texts.page = job.catalog->formatForPaper(texts.language, job.pageKey,
                                                     {{"page", std::int64_t{i + 1}}, {"pages", std::int64_t{pages}}});
            if (PoDoFo::PdfPage* page = printout.GetPage(i))
                stamp.stamp(*page, texts);
        }
        if (auto finished = fonts.finish(); !finished)
            return std::string(kError) + "the page stamps' fonts: " + finished.error();
        const std::vector<std::byte> bytes = pdfBytes(printout);
        std::string result = std::string(kOk) + std::to_string(formPages) + "\n";
        result.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
        return result;
    } catch (const PoDoFo::PdfError& error) {
        return std::string(kError) + "PoDoFo error " + std::to_string(static_cast<int>(error.GetError()));
    } catch (const std::exception& error) {
        return std::string(kError) + error.what();
    }
}

PrintoutError assemblyError(std::string message)
{
    return PrintoutError{"assembly", std::move(message), {}};
}

} // namespace

std::expected<Printout, PrintoutError> PrintoutMaker::make(const PrintoutRequest& request, const ProcessLimits& limits)
{
    const core::Template& form = request.form;
    const core::SessionView view(form, request.session);
    const MappedAnswers mapped = mapAnswers(view);

    const std::filesystem::path pdfPath = std::filesystem::path(form.directory) / form.pdf.file;
    const auto official = readFile(pdfPath);
    if (!official || official->empty())
        return std::unexpected(PrintoutError{"unreadable", "cannot read the form's PDF " + pdfPath.string(), {}});

    // Flattened: the printout is for paper, and its pages are appended to the review sheet's
    // document, which has no AcroForm of its own.
    std::expected<FillReport, FillError> filled;
    if (form.pdf.mode == core::PdfMode::Overlay) {
        filled = m_filler.overlayIsolated(*official, mapped.overlays, limits);
    } else {
        FillOptions options;
        options.maxLength = form.pdf.maxLen == core::MaxLenPolicy::Truncate ? MaxLengthPolicy::Truncate
                                                                             : MaxLengthPolicy::Error;
        options.language = form.officialLanguage;
        options.flatten = true;
        filled = m_filler.fillIsolated(*official, mapped.fields, options, limits);
    }
    if (!filled)
        return std::unexpected(PrintoutError{filled.error().code, filled.error().message, filled.error().field});

    const std::string worker = request.workerLanguage.empty() ? form.officialLanguage : request.workerLanguage;
    const ReviewSheetContent content{view, request.catalog, worker, request.printedOn, mapped.forWorker};
    const auto sheet = writeReviewSheet(content, m_filler.engine());
    if (!sheet)
        return std::unexpected(PrintoutError{"review-sheet", sheet.error(), {}});

    Assembly job;
    job.sheet = sheet->pdf;
    job.form = filled->pdf;
    job.stamp.language = worker;
    job.stamp.sessionCode = request.catalog.formatForPaper(worker, "sheet.session_code",
                                                           {{"code", request.session.sessionCode}});
    if (request.copy)
        job.stamp.copy = request.catalog.formatForPaper(worker, "sheet.copy");
    if (form.model)
        job.stamp.model = request.catalog.formatForPaper(worker, "sheet.model");
    job.pageKey = "sheet.page";
    job.catalog = &request.catalog;
    job.engine = &m_filler.engine();

    const auto output = runInChild([&](const ResultWriter& write) { return write(assemble(job)); }, limits);
    if (!output)
        return std::unexpected(assemblyError("the printout could not be assembled: " + output.error()));
    const std::string_view answer = output->text();
    if (answer.starts_with(kError))
        return std::unexpected(assemblyError(std::string(answer.substr(kError.size()))));
    const std::size_t newline = answer.find('\n');
    if (!answer.starts_with(kOk) || newline == std::string_view::npos)
        return std::unexpected(assemblyError("the assembling process answered nothing usable"));
    Printout printout;
    std::istringstream count(std::string(answer.substr(kOk.size(), newline - kOk.size())));
    count.imbue(std::locale::classic());
    count >> printout.formPages;
    printout.reviewSheetPages = sheet->pages;
    const auto* data = reinterpret_cast<const std::byte*>(answer.data());
    printout.pdf.assign(data + newline + 1, data + answer.size());
    return printout;
}

} // namespace helder::printer
