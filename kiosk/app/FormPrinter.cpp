#include "app/FormPrinter.hpp"

#include "core/SessionView.hpp"
#include "printer/AnswerMapping.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <vector>

namespace helder::app {
namespace {

std::vector<std::byte> readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::byte> result(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        result[i] = static_cast<std::byte>(bytes[i]);
    }
    return result;
}

} // namespace

FormPrinter::FormPrinter(printer::FormFiller filler, std::unique_ptr<printer::PrintOutput> output,
                         const core::InterviewContext& context, std::ostream& log)
    : m_filler(std::move(filler)), m_output(std::move(output)), m_context(context), m_log(log)
{
}

core::Action FormPrinter::fail(const std::string& code, const std::string& detail)
{
    // Codes and field names only: never an answer (DESIGN §7).
    m_log << "helder-kiosk: print failed: " << code << (detail.empty() ? "" : " (" + detail + ")") << '\n';
    return core::action::PrintFailed{"print.fault"};
}

core::Action FormPrinter::print(const core::Session& session, bool copy)
{
    const core::Template* form = core::activeForm(m_context, session);
    if (!form) {
        return fail("no-form", {});
    }
    const std::vector<std::byte> pdf = readBytes(std::filesystem::path(form->directory) / form->pdf.file);
    if (pdf.empty()) {
        return fail("unreadable", form->pdf.file);
    }
    const printer::MappedAnswers mapped = printer::mapAnswers(core::SessionView(*form, session));
    printer::FillOptions options;
    options.maxLength = form->pdf.maxLen == core::MaxLenPolicy::Truncate ? printer::MaxLengthPolicy::Truncate
                                                                         : printer::MaxLengthPolicy::Error;
    options.language = form->officialLanguage;
    auto filled = form->pdf.mode == core::PdfMode::AcroForm ? m_filler.fill(pdf, mapped.fields, options)
                                                            : m_filler.overlay(pdf, mapped.overlays);
    if (!filled) {
        return fail(filled.error().code, filled.error().field);
    }
    printer::PrintJobRequest request;
    request.title = session.sessionCode + (copy ? "-copy" : "");
    request.pdf = std::move(filled->pdf);
    auto submitted = m_output->submit(request);
    if (!submitted) {
        return fail(submitted.error().code, {});
    }
    return core::action::PrintSucceeded{};
}

void FormPrinter::cancel(const std::string& sessionCode)
{
    m_output->cancelJobs(sessionCode);
    m_output->cancelJobs(sessionCode + "-copy");
}

} // namespace helder::app
