#include "printer/CupsPrinter.hpp"

#include <cups/cups.h>

#include <algorithm>
#include <locale>
#include <memory>
#include <optional>
#include <sstream>
#include <string_view>
#include <thread>
#include <utility>

namespace helder::printer {

namespace {

constexpr int connectTimeoutMs = 5000;
constexpr double ioTimeoutSeconds = 15.0;
constexpr std::size_t writeChunk = 64 * 1024;
constexpr auto pollInterval = std::chrono::milliseconds(50);

struct HttpClose {
    void operator()(http_t* http) const { httpClose(http); }
};
using Http = std::unique_ptr<http_t, HttpClose>;

struct IppDelete {
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using Ipp = std::unique_ptr<ipp_t, IppDelete>;

struct ServerAddress {
    std::string host;
    int port = 0;
};

// "/path/cups.sock", "host", "host:port", "[v6]" or "[v6]:port"; a bare IPv6 address has no port.
ServerAddress parseServer(const std::string& server)
{
    ServerAddress address{server, ippPort()};
    if (server.empty() || server.front() == '/')
        return address;
    std::size_t portColon = std::string::npos;
    if (server.front() == '[') {
        const std::size_t close = server.find(']');
        if (close != std::string::npos) {
            address.host = server.substr(1, close - 1);
            if (close + 1 < server.size() && server[close + 1] == ':')
                portColon = close + 1;
        }
    } else if (std::count(server.begin(), server.end(), ':') == 1) {
        portColon = server.find(':');
        address.host = server.substr(0, portColon);
    }
    if (portColon != std::string::npos) {
        std::istringstream in(server.substr(portColon + 1));
        in.imbue(std::locale::classic());
        int port = 0;
        if (in >> port && port > 0 && port < 65536)
            address.port = port;
    }
    return address;
}

std::string classic(int value)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << value;
    return out.str();
}

std::string statusText(ipp_status_t status)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << ippErrorString(status) << " (0x" << std::hex << static_cast<int>(status) << ")";
    return out.str();
}

bool isSuccess(ipp_status_t status)
{
    return status < IPP_STATUS_REDIRECTION_OTHER_SITE;
}

bool lostConnection(ipp_status_t status)
{
    return status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE || status == IPP_STATUS_ERROR_CUPS_PKI;
}

JobState toJobState(int state)
{
    switch (state) {
    case IPP_JSTATE_PENDING: return JobState::Pending;
    case IPP_JSTATE_HELD: return JobState::Held;
    case IPP_JSTATE_PROCESSING: return JobState::Processing;
    case IPP_JSTATE_STOPPED: return JobState::Stopped;
    case IPP_JSTATE_CANCELED: return JobState::Canceled;
    case IPP_JSTATE_ABORTED: return JobState::Aborted;
    case IPP_JSTATE_COMPLETED: return JobState::Completed;
    default: return JobState::Unknown;
    }
}

std::string printerStateName(int state)
{
    switch (state) {
    case IPP_PSTATE_IDLE: return "idle";
    case IPP_PSTATE_PROCESSING: return "processing";
    case IPP_PSTATE_STOPPED: return "stopped";
    default: return "unknown";
    }
}

std::vector<std::string> keywords(ipp_t* response, const char* name)
{
    std::vector<std::string> values;
    ipp_attribute_t* attribute = ippFindAttribute(response, name, IPP_TAG_KEYWORD);
    for (int i = 0; i < ippGetCount(attribute); ++i) {
        const char* value = ippGetString(attribute, i, nullptr);
        if (value && std::string_view(value) != "none")
            values.emplace_back(value);
    }
    return values;
}

// Only the error form blocks printing; "media-empty-warning" and "-report" are advisory.
bool mentionsEmptyTray(const std::vector<std::string>& reasons)
{
    return std::any_of(reasons.begin(), reasons.end(), [](const std::string& reason) {
        return reason == "media-empty" || reason == "media-empty-error";
    });
}

// Connections and requests for one queue. The messages name the queue and the IPP status only:
// libcups's own error strings could echo a request's attributes.
class Session {
public:
    Session(const std::string& queue, const std::string& server) : m_queue(queue), m_server(server) {}

    std::expected<Http, PrintFault> connect() const
    {
        const ServerAddress address = parseServer(m_server);
        http_t* http = httpConnect2(address.host.c_str(), address.port, nullptr, AF_UNSPEC,
                                    HTTP_ENCRYPTION_IF_REQUESTED, 1, connectTimeoutMs, nullptr);
        if (!http)
            return std::unexpected(PrintFault{"cups-unreachable", "no CUPS scheduler answers at " + m_server});
        httpSetTimeout(http, ioTimeoutSeconds, nullptr, nullptr);
        return Http(http);
    }

    std::string printerUri() const
    {
        char uri[HTTP_MAX_URI];
        httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(),
                         "/printers/%s", m_queue.c_str());
        return uri;
    }

    std::string resource() const { return "/printers/" + m_queue; }

    ipp_t* newRequest(ipp_op_t operation) const
    {
        ipp_t* request = ippNewRequest(operation);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printerUri().c_str());
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
        return request;
    }

    // Sends the request (cupsDoRequest frees it) and turns a failure into a fault.
    std::expected<Ipp, PrintFault> exchange(http_t* http, ipp_t* request, const char* notFoundCode) const
    {
        Ipp response(cupsDoRequest(http, request, resource().c_str()));
        const ipp_status_t status = response ? ippGetStatusCode(response.get()) : cupsLastError();
        if (response && isSuccess(status))
            return response;
        return std::unexpected(fault(status, notFoundCode));
    }

    PrintFault fault(ipp_status_t status, const char* notFoundCode) const
    {
        if (lostConnection(status))
            return {"cups-unreachable", "lost the connection to the CUPS scheduler at " + m_server};
        if (status == IPP_STATUS_ERROR_NOT_FOUND && std::string_view(notFoundCode) == "queue-missing")
            return {notFoundCode, "CUPS queue " + m_queue + " does not exist"};
        if (status == IPP_STATUS_ERROR_NOT_FOUND) // also a finished job once PreserveJobHistory has passed
            return {notFoundCode, "CUPS queue " + m_queue + " has no such job"};
        if (status == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS)
            return {"queue-rejecting", "CUPS queue " + m_queue + " is not accepting jobs"};
        return {"ipp-error", "CUPS queue " + m_queue + ": " + statusText(status)};
    }

    const std::string& queue() const { return m_queue; }

private:
    const std::string& m_queue;
    const std::string& m_server;
};

std::expected<int, PrintFault> createJob(const Session& session, http_t* http, const PrintJobRequest& request)
{
    ipp_t* create = session.newRequest(IPP_OP_CREATE_JOB);
    ippAddString(create, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, request.title.c_str());
    ippAddInteger(create, IPP_TAG_JOB, IPP_TAG_INTEGER, "copies", request.copies);
    ippAddString(create, IPP_TAG_JOB, IPP_TAG_KEYWORD, "media", nullptr, "iso_a4_210x297mm");
    ippAddString(create, IPP_TAG_JOB, IPP_TAG_KEYWORD, "sides", nullptr,
                 request.duplex ? "two-sided-long-edge" : "one-sided");
    auto response = session.exchange(http, create, "queue-missing");
    if (!response)
        return std::unexpected(response.error());
    const int id = ippGetInteger(ippFindAttribute(response->get(), "job-id", IPP_TAG_INTEGER), 0);
    if (id <= 0)
        return std::unexpected(PrintFault{"ipp-error", "CUPS queue " + session.queue() + " returned no job id"});
    return id;
}

bool streamDocument(const Session& session, http_t* http, int jobId, const std::vector<std::byte>& pdf)
{
    if (cupsStartDocument(http, session.queue().c_str(), jobId, nullptr, CUPS_FORMAT_PDF, 1)
        != HTTP_STATUS_CONTINUE)
        return false;
    for (std::size_t offset = 0; offset < pdf.size(); offset += writeChunk) {
        const std::size_t length = std::min(writeChunk, pdf.size() - offset);
        if (cupsWriteRequestData(http, reinterpret_cast<const char*>(pdf.data() + offset), length)
            != HTTP_STATUS_CONTINUE)
            return false;
    }
    return isSuccess(cupsFinishDocument(http, session.queue().c_str()));
}

} // namespace

CupsPrinter::CupsPrinter(std::string queue, std::string server)
    : m_queue(std::move(queue)), m_server(server.empty() ? std::string(cupsServer()) : std::move(server))
{
}

std::expected<SubmittedJob, PrintFault> CupsPrinter::submit(const PrintJobRequest& request)
{
    if (request.pdf.empty() || request.copies < 1 || request.title.empty())
        return std::unexpected(PrintFault{"invalid-request", "a print job needs a title, a PDF and at least one copy"});
    const Session session(m_queue, m_server);
    auto http = session.connect();
    if (!http)
        return std::unexpected(http.error());
    // Create-Job is sent directly rather than through cupsCreateJob(), whose destination look-up
    // (cupsCopyDestInfo) compares the connection with the process-global server and, for any other
    // TCP server, talks to the printer's device URI instead of the scheduler.
    auto jobId = createJob(session, http->get(), request);
    if (!jobId)
        return std::unexpected(jobId.error());
    if (!streamDocument(session, http->get(), *jobId, request.pdf)) {
        const PrintFault failure = session.fault(cupsLastError(), "queue-missing");
        // A job without its document would wait for ever: withdraw it on a fresh connection.
        if (auto retry = session.connect())
            cupsCancelJob2(retry->get(), m_queue.c_str(), *jobId, 0);
        return std::unexpected(PrintFault{failure.code == "cups-unreachable" ? failure.code : "write-failed",
                                          "sending the document of job " + classic(*jobId) + " failed: "
                                              + failure.message});
    }
    return SubmittedJob{*jobId};
}

namespace {

struct JobSnapshot {
    JobState state = JobState::Unknown;
    std::vector<std::string> reasons;
};

std::expected<JobSnapshot, PrintFault> readJob(const Session& session, http_t* http, int jobId)
{
    ipp_t* request = session.newRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    static const char* const wanted[] = {"job-state", "job-state-reasons"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 2, nullptr, wanted);
    auto response = session.exchange(http, request, "job-missing");
    if (!response)
        return std::unexpected(response.error());
    return JobSnapshot{toJobState(ippGetInteger(ippFindAttribute(response->get(), "job-state", IPP_TAG_ENUM), 0)),
                       keywords(response->get(), "job-state-reasons")};
}

std::expected<PrinterStatus, PrintFault> readPrinter(const Session& session, http_t* http)
{
    ipp_t* request = session.newRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    static const char* const wanted[] = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs",
                                         "printer-state-message"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4, nullptr, wanted);
    auto response = session.exchange(http, request, "queue-missing");
    if (!response)
        return std::unexpected(response.error());
    ipp_t* attributes = response->get();
    const char* message = ippGetString(ippFindAttribute(attributes, "printer-state-message", IPP_TAG_TEXT), 0, nullptr);
    return PrinterStatus{
        printerStateName(ippGetInteger(ippFindAttribute(attributes, "printer-state", IPP_TAG_ENUM), 0)),
        keywords(attributes, "printer-state-reasons"),
        ippGetBoolean(ippFindAttribute(attributes, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN), 0) != 0,
        message ? message : ""};
}

// Why an unfinished job cannot go on, or nothing when it may still print by itself. An empty tray
// counts even while the job is processing: a real printer keeps the job and waits for paper.
std::optional<PrintFault> blockage(const Session& session, int jobId, const JobSnapshot& job,
                                   const PrinterStatus& printer)
{
    const std::string which = "job " + classic(jobId) + " on CUPS queue " + session.queue();
    if (mentionsEmptyTray(job.reasons) || mentionsEmptyTray(printer.reasons))
        return PrintFault{"media-empty", which + " waits for paper"};
    if (job.state == JobState::Stopped)
        return PrintFault{"job-stopped", which + " was stopped: " + printer.message};
    if (job.state == JobState::Pending && printer.state == "stopped")
        return PrintFault{"queue-disabled", which + " waits: the queue is disabled"};
    return std::nullopt;
}

} // namespace

std::expected<JobState, PrintFault> CupsPrinter::jobState(int jobId)
{
    const Session session(m_queue, m_server);
    auto http = session.connect();
    if (!http)
        return std::unexpected(http.error());
    auto job = readJob(session, http->get(), jobId);
    if (!job)
        return std::unexpected(job.error());
    return job->state;
}

std::expected<JobState, PrintFault> CupsPrinter::waitForJob(int jobId, std::chrono::milliseconds timeout)
{
    const Session session(m_queue, m_server);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    auto http = session.connect();
    if (!http)
        return std::unexpected(http.error());
    for (;;) {
        auto job = readJob(session, http->get(), jobId);
        if (!job)
            return std::unexpected(job.error());
        if (job->state == JobState::Completed || job->state == JobState::Canceled
            || job->state == JobState::Aborted)
            return job->state;
        auto printer = readPrinter(session, http->get());
        if (!printer)
            return std::unexpected(printer.error());
        if (auto fault = blockage(session, jobId, *job, *printer))
            return std::unexpected(*fault);
        if (std::chrono::steady_clock::now() >= deadline)
            return std::unexpected(PrintFault{"timeout", "job " + classic(jobId) + " on CUPS queue " + m_queue
                                                             + " did not finish in time"});
        std::this_thread::sleep_for(pollInterval);
    }
}

std::expected<std::vector<int>, PrintFault> CupsPrinter::unfinishedJobs(const std::string& title)
{
    const Session session(m_queue, m_server);
    auto http = session.connect();
    if (!http)
        return std::unexpected(http.error());
    cups_job_t* jobs = nullptr;
    const int count = cupsGetJobs2(http->get(), &jobs, m_queue.c_str(), 0, CUPS_WHICHJOBS_ACTIVE);
    if (count < 0)
        return std::unexpected(session.fault(cupsLastError(), "queue-missing"));
    std::vector<int> ids;
    for (int i = 0; i < count; ++i) {
        if (jobs[i].title && title == jobs[i].title)
            ids.push_back(jobs[i].id);
    }
    cupsFreeJobs(count, jobs);
    return ids;
}

void CupsPrinter::cancelJobs(const std::string& title)
{
    auto ids = unfinishedJobs(title);
    if (!ids)
        return;
    const Session session(m_queue, m_server);
    auto http = session.connect();
    if (!http)
        return;
    for (const int id : *ids)
        cupsCancelJob2(http->get(), m_queue.c_str(), id, 0);
}

std::expected<PrinterStatus, PrintFault> CupsPrinter::status()
{
    const Session session(m_queue, m_server);
    auto http = session.connect();
    if (!http)
        return std::unexpected(http.error());
    return readPrinter(session, http->get());
}

std::string CupsPrinter::describe() const
{
    return "CUPS queue " + m_queue + " at " + m_server;
}

} // namespace helder::printer
