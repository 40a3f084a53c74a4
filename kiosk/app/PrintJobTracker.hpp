#pragma once
// Printing off the UI thread (DESIGN §2, §6): one worker thread makes, submits and follows the
// print jobs of FormPrinter and withdraws a wiped session's jobs, in the order they were asked for.
// The event loop collects the news (progress, the outcome, log lines) and dispatches the actions
// through core::update like any other; it never waits for CUPS.

#include "app/FormPrinter.hpp"
#include "core/Action.hpp"
#include "core/Session.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <set>
#include <stop_token>
#include <string>
#include <thread>
#include <variant>
#include <vector>

namespace helder::app {

class PrintJobTracker {
public:
    // What the worker reports, for the session of `sessionCode` (a wiped session's news is dropped
    // by the caller): an action, or a line for the staff log.
    struct News {
        std::string sessionCode;
        std::optional<core::Action> action;
        std::string logLine;
    };

    explicit PrintJobTracker(FormPrinter& printer);
    PrintJobTracker(const PrintJobTracker&) = delete;
    PrintJobTracker& operator=(const PrintJobTracker&) = delete;
    // Stops following at the next poll and drops what was not started.
    ~PrintJobTracker();

    // The session is copied: the worker needs its answers after the UI has moved on.
    void print(const core::Session& session, bool copy);
    // The session is over: its attempt stops at the next poll, submits nothing more, and its
    // unfinished jobs are withdrawn.
    void cancel(const std::string& sessionCode);

    [[nodiscard]] std::vector<News> collect();
    // Work queued or under way, or news not collected: the event loop polls while this holds.
    [[nodiscard]] bool busy() const;

private:
    struct PrintTask {
        core::Session session;
        bool copy = false;
    };
    struct CancelTask {
        std::string sessionCode;
    };
    using Task = std::variant<PrintTask, CancelTask>;

    void work(const std::stop_token& stop);
    void run(const PrintTask& task, const std::stop_token& stop);
    void post(News news);

    FormPrinter& m_printer;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<Task> m_tasks;
    std::set<std::string> m_cancelled; // until their cancel task has run
    std::vector<News> m_news;
    bool m_working = false;
    std::jthread m_worker; // last: it starts once everything above exists
};

} // namespace helder::app
