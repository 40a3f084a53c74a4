#pragma once
// Where a finished session's PDF goes (DESIGN §6): a CUPS queue, or the spool folder that stands in for
// the paper tray when no queue is configured. The kiosk's effect runner talks only to this interface.

#include <chrono>
#include <cstddef>
#include <expected>
#include <string>
#include <vector>

namespace helder::printer {

struct PrintJobRequest {
    std::string title; // the session code, never a name: CUPS keeps titles in its job history
    std::vector<std::byte> pdf; // one PDF: review sheet first, then the official form
    int copies = 1;
    bool duplex = false;
};

enum class JobState { Pending, Held, Processing, Stopped, Canceled, Aborted, Completed, Unknown };

// code: "cups-unreachable", "queue-missing", "queue-disabled", "queue-rejecting", "job-missing",
// "job-stopped", "media-empty", "timeout", "write-failed", "invalid-request", "ipp-error".
// message: for staff logs; it never holds personal data (no title, no document content).
struct PrintFault {
    std::string code;
    std::string message;
};

struct SubmittedJob {
    int id = 0;
};

struct PrinterStatus {
    std::string state; // idle, processing, stopped
    std::vector<std::string> reasons; // printer-state-reasons without "none", e.g. media-empty-error
    bool acceptingJobs = false;
    std::string message;
};

class PrintOutput {
public:
    PrintOutput() = default;
    PrintOutput(const PrintOutput&) = delete;
    PrintOutput& operator=(const PrintOutput&) = delete;
    virtual ~PrintOutput() = default;

    [[nodiscard]] virtual std::expected<SubmittedJob, PrintFault> submit(const PrintJobRequest& request) = 0;
    [[nodiscard]] virtual std::expected<JobState, PrintFault> jobState(int jobId) = 0;
    // Follows a job until it is completed, stopped, canceled or aborted, or the time-out passes; a job
    // that cannot progress (queue disabled, no paper) is reported as a fault at once.
    [[nodiscard]] virtual std::expected<JobState, PrintFault> waitForJob(int jobId,
                                                                         std::chrono::milliseconds timeout) = 0;
    // The jobs of this title that are not finished: asked before a retry, so nothing prints twice.
    [[nodiscard]] virtual std::expected<std::vector<int>, PrintFault> unfinishedJobs(const std::string& title) = 0;
    // The wipe cancels a session's unfinished jobs; it has nobody to report a failure to.
    virtual void cancelJobs(const std::string& title) = 0;
    [[nodiscard]] virtual std::expected<PrinterStatus, PrintFault> status() = 0;
    // "CUPS queue kiosk_copy" or "spool folder /run/helder/spool": printed at start, shown in staff mode.
    [[nodiscard]] virtual std::string describe() const = 0;

protected:
    PrintOutput(PrintOutput&&) = default;
    PrintOutput& operator=(PrintOutput&&) = default;
};

} // namespace helder::printer
