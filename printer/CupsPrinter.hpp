#pragma once
// A CUPS queue reached with libcups 2.4 (DESIGN §6). Every call opens its own connection to the
// configured server and passes it to libcups explicitly: cupsSetServer() is process-global, and a
// kiosk must not print through whatever server some other code selected. No temporary file is made:
// the PDF bytes are streamed to cupsd.

#include "printer/PrintOutput.hpp"

#include <string>

namespace helder::printer {

class CupsPrinter final : public PrintOutput {
public:
    // server: a domain socket path ("/run/cups/cups.sock") or "host[:port]"; empty means libcups's
    // default (CUPS_SERVER, client.conf, then the local scheduler).
    explicit CupsPrinter(std::string queue, std::string server = {});

    [[nodiscard]] std::expected<SubmittedJob, PrintFault> submit(const PrintJobRequest& request) override;
    [[nodiscard]] std::expected<JobState, PrintFault> jobState(int jobId) override;
    [[nodiscard]] std::expected<JobState, PrintFault> waitForJob(int jobId,
                                                                 std::chrono::milliseconds timeout) override;
    [[nodiscard]] std::expected<std::vector<int>, PrintFault> unfinishedJobs(const std::string& title) override;
    void cancelJobs(const std::string& title) override;
    [[nodiscard]] std::expected<PrinterStatus, PrintFault> status() override;
    [[nodiscard]] std::string describe() const override;

    [[nodiscard]] const std::string& queue() const { return m_queue; }
    [[nodiscard]] const std::string& server() const { return m_server; }

private:
    std::string m_queue;
    std::string m_server;
};

} // namespace helder::printer
