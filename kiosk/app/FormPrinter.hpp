#pragma once
// The print effect: fills the session's official form from its answers (printer::mapAnswers,
// printer::FormFiller) and hands the PDF to the print output (the spool folder by default).
// The job is titled with the session code, never a name.

#include "core/Action.hpp"
#include "core/Interview.hpp"
#include "core/Session.hpp"
#include "printer/FormFiller.hpp"
#include "printer/PrintOutput.hpp"

#include <expected>
#include <iosfwd>
#include <memory>
#include <string>

namespace helder::app {

class FormPrinter {
public:
    FormPrinter(printer::FormFiller filler, std::unique_ptr<printer::PrintOutput> output,
                const core::InterviewContext& context, std::ostream& log);

    // PrintSucceeded, or PrintFailed with the catalog key the visitor sees.
    core::Action print(const core::Session& session, bool copy);
    void cancel(const std::string& sessionCode);
    [[nodiscard]] std::string describe() const { return m_output->describe(); }
    // For the staff panel: the queue's state and reasons (media-empty, ...), or the spool folder's.
    [[nodiscard]] std::expected<printer::PrinterStatus, printer::PrintFault> status() { return m_output->status(); }

private:
    core::Action fail(const std::string& code, const std::string& detail);

    printer::FormFiller m_filler;
    std::unique_ptr<printer::PrintOutput> m_output;
    const core::InterviewContext& m_context;
    std::ostream& m_log;
};

} // namespace helder::app
