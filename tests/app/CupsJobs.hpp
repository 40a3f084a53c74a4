#pragma once
// What a private cupsd recorded, read with our own IPP requests rather than through CupsPrinter.

#include <cups/cups.h>
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

namespace helder::test {

struct RecordedJob {
    int id = 0;
    ipp_jstate_t state = IPP_JSTATE_PENDING;
    int copies = 0;
    std::string sides;
    std::string media;
};

inline std::unique_ptr<http_t, decltype(&httpClose)> connectTo(const std::string& socket)
{
    std::unique_ptr<http_t, decltype(&httpClose)> http(
        httpConnect2(socket.c_str(), 0, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1, 5000, nullptr),
        &httpClose);
    REQUIRE(http);
    return http;
}

inline void readAttributes(http_t* http, RecordedJob& job)
{
    ipp_t* ask = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    const std::string uri = "ipp://localhost/jobs/" + std::to_string(job.id);
    ippAddString(ask, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.c_str());
    ippAddString(ask, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    std::unique_ptr<ipp_t, decltype(&ippDelete)> answer(cupsDoRequest(http, ask, "/"), &ippDelete);
    REQUIRE(answer);
    REQUIRE(ippGetStatusCode(answer.get()) < IPP_STATUS_REDIRECTION_OTHER_SITE);
    auto text = [&](const char* name) {
        const char* value = ippGetString(ippFindAttribute(answer.get(), name, IPP_TAG_ZERO), 0, nullptr);
        return std::string(value ? value : "");
    };
    job.copies = ippGetInteger(ippFindAttribute(answer.get(), "copies", IPP_TAG_INTEGER), 0);
    job.sides = text("sides");
    job.media = text("media");
}

// Every job of `queue` titled `title`, finished or not, in the order of their ids.
inline std::vector<RecordedJob> jobsTitled(const std::string& socket, const std::string& queue, const std::string& title)
{
    auto http = connectTo(socket);
    cups_job_t* jobs = nullptr;
    const int count = cupsGetJobs2(http.get(), &jobs, queue.c_str(), 0, CUPS_WHICHJOBS_ALL);
    REQUIRE(count >= 0);
    std::vector<RecordedJob> found;
    for (int i = 0; i < count; ++i) {
        if (jobs[i].title && title == jobs[i].title) {
            found.push_back(RecordedJob{jobs[i].id, jobs[i].state, 0, {}, {}});
        }
    }
    cupsFreeJobs(count, jobs);
    for (RecordedJob& job : found) {
        readAttributes(http.get(), job);
    }
    return found;
}

inline int countIn(const std::vector<RecordedJob>& jobs, ipp_jstate_t state)
{
    int n = 0;
    for (const RecordedJob& job : jobs) {
        n += job.state == state ? 1 : 0;
    }
    return n;
}

} // namespace helder::test
