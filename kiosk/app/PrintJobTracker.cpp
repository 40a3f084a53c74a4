#include "app/PrintJobTracker.hpp"

#include <utility>

namespace helder::app {

PrintJobTracker::PrintJobTracker(FormPrinter& printer)
    : m_printer(printer), m_worker([this](const std::stop_token& stop) { work(stop); })
{
}

PrintJobTracker::~PrintJobTracker()
{
    m_worker.request_stop();
    m_wake.notify_all();
}

void PrintJobTracker::print(const core::Session& session, bool copy)
{
    {
        const std::lock_guard lock(m_mutex);
        m_tasks.emplace_back(PrintTask{session, copy});
    }
    m_wake.notify_all();
}

void PrintJobTracker::cancel(const std::string& sessionCode)
{
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled.insert(sessionCode);
        m_tasks.emplace_back(CancelTask{sessionCode});
    }
    m_wake.notify_all();
}

std::vector<PrintJobTracker::News> PrintJobTracker::collect()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_news, {});
}

bool PrintJobTracker::busy() const
{
    const std::lock_guard lock(m_mutex);
    return m_working || !m_tasks.empty() || !m_news.empty();
}

void PrintJobTracker::post(News news)
{
    const std::lock_guard lock(m_mutex);
    m_news.push_back(std::move(news));
}

void PrintJobTracker::run(const PrintTask& task, const std::stop_token& stop)
{
    const std::string& code = task.session.sessionCode;
    const PrintListener listener{
        [this, &code](const core::Action& action) { post(News{code, action, {}}); },
        [this, &code](const std::string& line) { post(News{code, std::nullopt, "session " + code + ": " + line}); },
        [this, &code, &stop] {
            const std::lock_guard lock(m_mutex);
            return stop.stop_requested() || m_cancelled.contains(code);
        }};
    if (auto outcome = m_printer.print(task.session, task.copy, listener)) {
        post(News{code, std::move(*outcome), {}});
    }
}

void PrintJobTracker::work(const std::stop_token& stop)
{
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_working = false;
            if (!m_wake.wait(lock, stop, [this] { return !m_tasks.empty(); })) {
                return;
            }
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
            m_working = true;
        }
        if (const auto* printing = std::get_if<PrintTask>(&task)) {
            run(*printing, stop);
        } else {
            const std::string& code = std::get<CancelTask>(task).sessionCode;
            m_printer.cancel(code);
            const std::lock_guard lock(m_mutex);
            m_cancelled.erase(code);
        }
    }
}

} // namespace helder::app
