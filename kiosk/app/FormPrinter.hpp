#pragma once
// One print of a session, from answers to paper (DESIGN §6): the printout is made from the session
// (printer::FormFiller), handed to the print output (a CUPS queue, or the spool folder by default)
// and followed until the job ends. It runs on the print worker's thread (PrintJobTracker), never on
// the UI's. Jobs are titled with the session code, never a name.
//
// A retry never prints twice: the job of an earlier attempt whose outcome was not seen is asked
// about first, and followed rather than printed again while it may still print by itself.

#include "core/Action.hpp"
#include "core/Interview.hpp"
#include "core/Session.hpp"
#include "i18n/Catalog.hpp"
#include "printer/FormFiller.hpp"
#include "printer/PrintOutput.hpp"

#include <chrono>
#include <cstddef>
#include <expected>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace helder::app {

struct PrintSettings {
    int copies = 1;
    bool duplex = false;
    std::chrono::milliseconds timeout = std::chrono::seconds(120); // from the start of an attempt
    std::chrono::milliseconds pollInterval = std::chrono::milliseconds(250); // how often a cancel is noticed
};

// What an attempt tells the kiosk along the way: progress (PrintProgressed) and staff log lines.
// The log lines hold codes, job numbers and form ids only, never an answer or a name.
struct PrintListener {
    std::function<void(const core::Action&)> progressed;
    std::function<void(const std::string&)> logged;
    std::function<bool()> cancelled; // the session was wiped: submit nothing more, stop following
};

class FormPrinter {
public:
    // `catalog` gives the review sheet its texts; it is read from the print worker's thread
    // (i18n::Catalog is safe for that).
    FormPrinter(printer::FormFiller filler, std::unique_ptr<printer::PrintOutput> output, PrintSettings settings,
                const core::InterviewContext& context, const i18n::Catalog& catalog);

    // PrintSucceeded, or PrintFailed with the catalog key the visitor sees; nothing when the
    // session was cancelled on the way.
    std::optional<core::Action> print(const core::Session& session, bool copy, const PrintListener& listener);
    // Withdraws the session's unfinished jobs, originals and copies.
    void cancel(const std::string& sessionCode);

    // For the start-up log and staff mode; safe to call from any thread.
    [[nodiscard]] std::string describe() const;
    [[nodiscard]] std::expected<printer::PrinterStatus, printer::PrintFault> status();
    [[nodiscard]] const PrintSettings& settings() const { return m_settings; }

    // The catalog key for a print output's fault code.
    [[nodiscard]] static std::string faultKey(const std::string& faultCode);

private:
    struct Attempt;

    // The printout: review sheet first, then the filled form (printer::PrintoutMaker, which fills in
    // a child process).
    std::expected<std::vector<std::byte>, printer::PrintFault> makePdf(const core::Session& session, bool copy);
    std::optional<core::Action> resumeEarlier(Attempt& attempt);
    std::optional<core::Action> follow(Attempt& attempt, int jobId);
    core::Action fail(const Attempt& attempt, const printer::PrintFault& fault);

    printer::FormFiller m_filler;
    std::unique_ptr<printer::PrintOutput> m_output;
    mutable std::mutex m_outputMutex; // the worker prints while staff mode may ask for the status
    PrintSettings m_settings;
    const core::InterviewContext& m_context;
    const i18n::Catalog& m_catalog;
    // Per job title: the job of an attempt whose outcome was not seen (a fault, a time-out).
    std::map<std::string, int> m_unresolved;
};

} // namespace helder::app
