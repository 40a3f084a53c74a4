#include "app/FormPrinter.hpp"

#include "printer/Printout.hpp"

#include <algorithm>
#include <filesystem>
#include <locale>
#include <sstream>

namespace helder::app {

struct FormPrinter::Attempt {
    std::string title;
    const PrintListener& listener;
    std::chrono::steady_clock::time_point deadline;

    void log(const std::string& line) const
    {
        if (listener.logged) {
            listener.logged(line);
        }
    }
    [[nodiscard]] bool cancelled() const { return listener.cancelled && listener.cancelled(); }
};

namespace {

std::string number(int value)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << value;
    return out.str();
}

} // namespace

FormPrinter::FormPrinter(printer::FormFiller filler, std::unique_ptr<printer::PrintOutput> output,
                         PrintSettings settings, const core::InterviewContext& context, const i18n::Catalog& catalog)
    : m_filler(std::move(filler)), m_output(std::move(output)), m_settings(settings), m_context(context),
      m_catalog(catalog)
{
}

std::string FormPrinter::faultKey(const std::string& faultCode)
{
    if (faultCode == "media-empty") {
        return "print.fault_no_paper";
    }
    if (faultCode == "cups-unreachable" || faultCode == "queue-missing" || faultCode == "queue-disabled"
        || faultCode == "queue-rejecting") {
        return "print.fault_offline";
    }
    if (faultCode == "job-stopped" || faultCode == "write-failed") {
        return "print.fault_stopped";
    }
    if (faultCode == "timeout") {
        return "print.fault_timeout";
    }
    return "print.fault";
}

std::string FormPrinter::describe() const
{
    const std::lock_guard lock(m_outputMutex);
    return m_output->describe();
}

std::expected<printer::PrinterStatus, printer::PrintFault> FormPrinter::status()
{
    const std::lock_guard lock(m_outputMutex);
    return m_output->status();
}

core::Action FormPrinter::fail(const Attempt& attempt, const printer::PrintFault& fault)
{
    // The fault's message names queues and job numbers, never a title or a document (PrintOutput.hpp).
    attempt.log("print failed: " + fault.code + (fault.message.empty() ? "" : " (" + fault.message + ")"));
    return core::action::PrintFailed{faultKey(fault.code)};
}

std::expected<std::vector<std::byte>, printer::PrintFault> FormPrinter::makePdf(const core::Session& session, bool copy)
{
    const core::Template* form = core::activeForm(m_context, session);
    if (!form) {
        return std::unexpected(printer::PrintFault{"no-form", "the session's form is no longer offered"});
    }
    const std::string workerLanguage =
        !m_context.workerLanguage.empty() && form->hasLanguage(m_context.workerLanguage) ? m_context.workerLanguage
                                                                                          : form->officialLanguage;
    printer::PrintoutMaker maker(m_filler);
    auto printout = maker.make(printer::PrintoutRequest{*form, session, m_catalog, workerLanguage, session.today, copy});
    if (!printout) {
        // Codes and field names only: never an answer (DESIGN §7).
        return std::unexpected(printer::PrintFault{printout.error().code,
                                                   form->id + (printout.error().field.empty() ? "" : ", field " + printout.error().field)});
    }
    return std::move(printout->pdf);
}

// An earlier attempt of this title left a job whose end was not seen: its state decides, so that a
// retry never prints twice. Nothing returned means "print anew".
std::optional<core::Action> FormPrinter::resumeEarlier(Attempt& attempt)
{
    std::optional<int> jobId;
    if (const auto known = m_unresolved.find(attempt.title); known != m_unresolved.end()) {
        jobId = known->second;
    } else {
        // A job this kiosk did not see submitted (none, normally): still never a second one.
        std::expected<std::vector<int>, printer::PrintFault> unfinished;
        {
            const std::lock_guard lock(m_outputMutex);
            unfinished = m_output->unfinishedJobs(attempt.title);
        }
        if (!unfinished) {
            return fail(attempt, unfinished.error());
        }
        if (unfinished->empty()) {
            return std::nullopt;
        }
        jobId = unfinished->front();
        m_unresolved[attempt.title] = *jobId;
    }
    std::expected<printer::JobState, printer::PrintFault> state;
    {
        const std::lock_guard lock(m_outputMutex);
        state = m_output->jobState(*jobId);
    }
    if (!state && state.error().code == "job-missing") {
        // Gone from the job history, which keeps finished jobs only briefly: it ended long ago, most
        // likely printed. The done screen asks "Did your papers come out?" and offers a copy.
        attempt.log("earlier job " + number(*jobId) + " is no longer known to the printer: counted as printed");
        m_unresolved.erase(attempt.title);
        return core::action::PrintSucceeded{};
    }
    if (!state) {
        return fail(attempt, state.error());
    }
    switch (*state) {
    case printer::JobState::Completed:
        attempt.log("earlier job " + number(*jobId) + " has printed meanwhile");
        m_unresolved.erase(attempt.title);
        return core::action::PrintSucceeded{};
    case printer::JobState::Pending:
    case printer::JobState::Held:
    case printer::JobState::Processing:
        attempt.log("following earlier job " + number(*jobId) + " instead of printing again");
        return follow(attempt, *jobId);
    case printer::JobState::Stopped: {
        // A stopped job does not print by itself: it is withdrawn and replaced by one new job.
        attempt.log("earlier job " + number(*jobId) + " was stopped: cancelled, printing anew");
        const std::lock_guard lock(m_outputMutex);
        m_output->cancelJobs(attempt.title);
        break;
    }
    case printer::JobState::Canceled:
    case printer::JobState::Aborted:
    case printer::JobState::Unknown: break;
    }
    m_unresolved.erase(attempt.title);
    return std::nullopt;
}

std::optional<core::Action> FormPrinter::follow(Attempt& attempt, int jobId)
{
    if (attempt.listener.progressed) {
        attempt.listener.progressed(core::action::PrintProgressed{core::PrintStage::Printing});
    }
    for (;;) {
        if (attempt.cancelled()) {
            return std::nullopt;
        }
        const auto now = std::chrono::steady_clock::now();
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(attempt.deadline - now);
        std::expected<printer::JobState, printer::PrintFault> state;
        {
            const std::lock_guard lock(m_outputMutex);
            state = m_output->waitForJob(jobId, std::clamp(left, std::chrono::milliseconds(0), m_settings.pollInterval));
        }
        if (state) {
            if (*state == printer::JobState::Completed) {
                m_unresolved.erase(attempt.title);
                return core::action::PrintSucceeded{};
            }
            m_unresolved.erase(attempt.title); // canceled or aborted: it will not print
            return fail(attempt, printer::PrintFault{"job-ended", "job " + number(jobId) + " was canceled or aborted"});
        }
        if (state.error().code != "timeout" || left <= m_settings.pollInterval) {
            return fail(attempt, state.error());
        }
    }
}

std::optional<core::Action> FormPrinter::print(const core::Session& session, bool copy, const PrintListener& listener)
{
    Attempt attempt{session.sessionCode + (copy ? "-copy" : ""), listener,
                    std::chrono::steady_clock::now() + m_settings.timeout};
    if (auto decided = resumeEarlier(attempt)) {
        return decided;
    }
    if (attempt.cancelled()) {
        return std::nullopt;
    }
    auto pdf = makePdf(session, copy);
    if (!pdf) {
        return fail(attempt, pdf.error());
    }
    printer::PrintJobRequest request{attempt.title, std::move(*pdf), m_settings.copies, m_settings.duplex};
    std::expected<printer::SubmittedJob, printer::PrintFault> submitted;
    {
        const std::lock_guard lock(m_outputMutex);
        // A wiped session submits nothing; a job submitted just before the wipe is withdrawn by the
        // cancel that the worker runs after this attempt.
        if (attempt.cancelled()) {
            return std::nullopt;
        }
        submitted = m_output->submit(request);
    }
    if (!submitted) {
        return fail(attempt, submitted.error());
    }
    m_unresolved[attempt.title] = submitted->id;
    attempt.log("job " + number(submitted->id) + " submitted");
    return follow(attempt, submitted->id);
}

void FormPrinter::cancel(const std::string& sessionCode)
{
    const std::lock_guard lock(m_outputMutex);
    for (const std::string& title : {sessionCode, sessionCode + "-copy"}) {
        m_output->cancelJobs(title);
        m_unresolved.erase(title);
    }
}

} // namespace helder::app
