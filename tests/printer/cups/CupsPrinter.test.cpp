// CupsPrinter against a real private cupsd (PrivateCupsd): no mocks, and never the system scheduler.
#include "printer/CupsPrinter.hpp"

#include "PrivateCupsd.hpp"
#include "TestPaths.hpp"

#include <cups/cups.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

using helder::printer::CupsPrinter;
using helder::printer::JobState;
using helder::printer::PrintJobRequest;
using helder::test::sharedCupsd;

namespace {

constexpr auto patience = std::chrono::seconds(10);

std::vector<std::byte> fixturePdf()
{
    const std::string text = helder::test::readFile(helder::test::fixture("cups/two-pages.pdf"));
    REQUIRE(text.size() > 64 * 1024); // several write chunks
    std::vector<std::byte> bytes(text.size());
    std::memcpy(bytes.data(), text.data(), text.size());
    return bytes;
}

PrintJobRequest request(const std::string& title, int copies = 1, bool duplex = false)
{
    return PrintJobRequest{title, fixturePdf(), copies, duplex};
}

CupsPrinter queue(const std::string& name)
{
    return CupsPrinter(name, sharedCupsd().socket());
}

// What cupsd recorded for a job, read with our own IPP request rather than through CupsPrinter.
struct RecordedJob {
    int copies = 0;
    std::string sides;
    std::string media;
};

RecordedJob recordedJob(int jobId)
{
    std::unique_ptr<http_t, decltype(&httpClose)> http(
        httpConnect2(sharedCupsd().socket().c_str(), 0, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1, 5000,
                     nullptr),
        &httpClose);
    REQUIRE(http);
    ipp_t* ask = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    const std::string uri = "ipp://localhost/jobs/" + std::to_string(jobId);
    ippAddString(ask, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.c_str());
    ippAddString(ask, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    std::unique_ptr<ipp_t, decltype(&ippDelete)> answer(cupsDoRequest(http.get(), ask, "/"), &ippDelete);
    REQUIRE(answer);
    REQUIRE(ippGetStatusCode(answer.get()) < IPP_STATUS_REDIRECTION_OTHER_SITE);
    auto text = [&](const char* name) {
        const char* value = ippGetString(ippFindAttribute(answer.get(), name, IPP_TAG_ZERO), 0, nullptr);
        return std::string(value ? value : "");
    };
    return {ippGetInteger(ippFindAttribute(answer.get(), "copies", IPP_TAG_INTEGER), 0), text("sides"),
            text("media")};
}

template <typename Condition>
bool eventually(Condition condition)
{
    const auto deadline = std::chrono::steady_clock::now() + patience;
    while (!condition()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

// Re-enables a queue however the test case ends.
struct QueueDisabled {
    explicit QueueDisabled(const std::string& name) : m_name(name)
    {
        REQUIRE(sharedCupsd().run({"cupsdisable", m_name}) == 0);
    }
    ~QueueDisabled() { sharedCupsd().run({"cupsenable", m_name}); }
    QueueDisabled(const QueueDisabled&) = delete;
    QueueDisabled& operator=(const QueueDisabled&) = delete;
    std::string m_name;
};

} // namespace

TEST_CASE("a submitted PDF is printed byte for byte and followed to completion")
{
    std::filesystem::remove(sharedCupsd().printed());
    CupsPrinter printer = queue("kiosk_copy");
    auto job = printer.submit(request("S-COPY-1"));
    REQUIRE(job.has_value());
    CHECK(job->id > 0);
    auto state = printer.waitForJob(job->id, patience);
    REQUIRE(state.has_value());
    CHECK(*state == JobState::Completed);
    CHECK(printer.jobState(job->id) == JobState::Completed);
    const std::string printed = helder::test::readFile(sharedCupsd().printed());
    const std::string sent = helder::test::readFile(helder::test::fixture("cups/two-pages.pdf"));
    CHECK(printed.size() == sent.size());
    CHECK(printed == sent);
}

TEST_CASE("copies, sides and A4 reach the job in CUPS")
{
    CupsPrinter printer = queue("kiosk_copy");
    auto duplex = printer.submit(request("S-DUPLEX", 2, true));
    REQUIRE(duplex.has_value());
    REQUIRE(printer.waitForJob(duplex->id, patience) == JobState::Completed);
    const RecordedJob two = recordedJob(duplex->id);
    CHECK(two.copies == 2);
    CHECK(two.sides == "two-sided-long-edge");
    CHECK(two.media == "iso_a4_210x297mm");

    auto simplex = printer.submit(request("S-SIMPLEX", 1, false));
    REQUIRE(simplex.has_value());
    REQUIRE(printer.waitForJob(simplex->id, patience) == JobState::Completed);
    const RecordedJob one = recordedJob(simplex->id);
    CHECK(one.copies == 1);
    CHECK(one.sides == "one-sided");
}

TEST_CASE("an idle queue reports its status")
{
    auto status = queue("kiosk_copy").status();
    REQUIRE(status.has_value());
    CHECK(status->state == "idle");
    CHECK(status->acceptingJobs);
    CHECK(status->reasons.empty());
}

TEST_CASE("without a server argument the printer uses libcups's default, here CUPS_SERVER")
{
    const std::string socket = sharedCupsd().socket();
    CupsPrinter printer("kiosk_copy");
    CHECK(printer.server() == socket);
    CHECK(printer.describe().find("CUPS queue kiosk_copy") == 0);
    CHECK(printer.status().has_value());
}

TEST_CASE("a disabled queue is reported, and the job prints once it is enabled again")
{
    CupsPrinter printer = queue("kiosk_copy");
    int jobId = 0;
    {
        QueueDisabled disabled("kiosk_copy");
        auto job = printer.submit(request("S-DISABLED"));
        REQUIRE(job.has_value());
        jobId = job->id;
        auto state = printer.waitForJob(jobId, patience);
        REQUIRE_FALSE(state.has_value());
        CHECK(state.error().code == "queue-disabled");
        CHECK(state.error().message.find("S-DISABLED") == std::string::npos);
        CHECK(printer.jobState(jobId) == JobState::Pending);
        auto status = printer.status();
        REQUIRE(status.has_value());
        CHECK(status->state == "stopped");
    }
    CHECK(printer.waitForJob(jobId, patience) == JobState::Completed);
}

TEST_CASE("an unwritable output path stops the job")
{
    CupsPrinter printer = queue("kiosk_badpath");
    auto job = printer.submit(request("S-BADPATH"));
    REQUIRE(job.has_value());
    auto state = printer.waitForJob(job->id, patience);
    REQUIRE_FALSE(state.has_value());
    CHECK(state.error().code == "job-stopped");
    CHECK(printer.jobState(job->id) == JobState::Stopped);
}

TEST_CASE("a printer without paper is a media-empty fault")
{
    CupsPrinter printer = queue("kiosk_nopaper");
    auto job = printer.submit(request("S-NOPAPER"));
    REQUIRE(job.has_value());
    auto state = printer.waitForJob(job->id, patience);
    REQUIRE_FALSE(state.has_value());
    CHECK(state.error().code == "media-empty");
    CHECK(state.error().message.find("S-NOPAPER") == std::string::npos);
    // The fault may come while the backend still runs; once it has exited, cupsd stops the queue.
    CHECK(eventually([&] {
        auto status = printer.status();
        return status && status->state == "stopped";
    }));
    auto status = printer.status();
    REQUIRE(status.has_value());
    CHECK(std::find(status->reasons.begin(), status->reasons.end(), "media-empty-error") != status->reasons.end());

    // The job waits for paper: a retry must see it, and the wipe withdraws it.
    auto waiting = printer.unfinishedJobs("S-NOPAPER");
    REQUIRE(waiting.has_value());
    CHECK(*waiting == std::vector<int>{job->id});
    printer.cancelJobs("S-NOPAPER");
    CHECK(printer.jobState(job->id) == JobState::Canceled);
}

TEST_CASE("a queue that rejects jobs is queue-rejecting")
{
    struct Rejecting {
        Rejecting() { REQUIRE(sharedCupsd().run({"cupsreject", "kiosk_copy"}) == 0); }
        ~Rejecting() { sharedCupsd().run({"cupsaccept", "kiosk_copy"}); }
        Rejecting(const Rejecting&) = delete;
        Rejecting& operator=(const Rejecting&) = delete;
    } rejecting;
    CupsPrinter printer = queue("kiosk_copy");
    auto job = printer.submit(request("S-REJECTED"));
    REQUIRE_FALSE(job.has_value());
    CHECK(job.error().code == "queue-rejecting");
    auto status = printer.status();
    REQUIRE(status.has_value());
    CHECK_FALSE(status->acceptingJobs);
}

TEST_CASE("an unknown queue is queue-missing")
{
    CupsPrinter printer = queue("kiosk_nowhere");
    auto job = printer.submit(request("S-MISSING"));
    REQUIRE_FALSE(job.has_value());
    CHECK(job.error().code == "queue-missing");
    auto status = printer.status();
    REQUIRE_FALSE(status.has_value());
    CHECK(status.error().code == "queue-missing");
}

TEST_CASE("a job that is not there is job-missing")
{
    auto state = queue("kiosk_copy").jobState(999999);
    REQUIRE_FALSE(state.has_value());
    CHECK(state.error().code == "job-missing");
}

TEST_CASE("invalid requests are refused before anything is sent")
{
    CupsPrinter printer = queue("kiosk_copy");
    CHECK(printer.submit(PrintJobRequest{"S-EMPTY", {}, 1, false}).error().code == "invalid-request");
    CHECK(printer.submit(request("S-NOCOPY", 0)).error().code == "invalid-request");
}

TEST_CASE("a held job is unfinished, times out, and is cancelled by its title")
{
    CupsPrinter printer = queue("kiosk_copy");
    const std::string pdf = helder::test::fixture("cups/two-pages.pdf").string();
    REQUIRE(sharedCupsd().run({"lp", "-d", "kiosk_copy", "-t", "S-HELD", "-H", "indefinite", pdf}) == 0);
    auto held = printer.unfinishedJobs("S-HELD");
    REQUIRE(held.has_value());
    REQUIRE(held->size() == 1);
    const int jobId = held->front();
    CHECK(printer.jobState(jobId) == JobState::Held);
    auto others = printer.unfinishedJobs("S-OTHER");
    REQUIRE(others.has_value());
    CHECK(others->empty());

    auto waited = printer.waitForJob(jobId, std::chrono::milliseconds(300));
    REQUIRE_FALSE(waited.has_value());
    CHECK(waited.error().code == "timeout");

    printer.cancelJobs("S-HELD");
    auto after = printer.unfinishedJobs("S-HELD");
    REQUIRE(after.has_value());
    CHECK(after->empty());
    CHECK(printer.jobState(jobId) == JobState::Canceled);
}

TEST_CASE("a stopped cupsd is cups-unreachable")
{
    helder::test::PrivateCupsd own; // its own instance: the shared one keeps serving the other cases
    CupsPrinter printer("kiosk_copy", own.socket());
    auto job = printer.submit(request("S-BEFORE"));
    REQUIRE(job.has_value());
    REQUIRE(printer.waitForJob(job->id, patience) == JobState::Completed);

    own.stop();
    CHECK(printer.submit(request("S-AFTER")).error().code == "cups-unreachable");
    CHECK(printer.status().error().code == "cups-unreachable");
    CHECK(printer.jobState(job->id).error().code == "cups-unreachable");
    CHECK(printer.waitForJob(job->id, patience).error().code == "cups-unreachable");
    CHECK(printer.unfinishedJobs("S-BEFORE").error().code == "cups-unreachable");
}
