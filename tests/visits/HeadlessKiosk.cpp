#include "HeadlessKiosk.hpp"

#include "printer/FormFiller.hpp"

#include <thread>
#include <vector>

namespace helder::test {

HeadlessKiosk::HeadlessKiosk(const std::filesystem::path& sourceDir, core::Date today, std::ostream& log)
    : m_today(today)
    , m_log(log)
    , m_forms(app::FormLibrary::load(sourceDir / "forms", today))
    , m_locales(i18n::LocaleDirectory::read(sourceDir / "locales"))
    , m_catalog(m_locales.files, m_locales.languages)
    , m_effects(
          [this](const core::Session& session, bool copy) -> std::optional<core::Action> {
              m_jobs->print(session, copy);
              return std::nullopt;
          },
          [this](const std::string& code) { m_jobs->cancel(code); }, log)
{
    m_context.forms = m_forms.forms;
    m_session.today = today;
}

HeadlessKiosk::~HeadlessKiosk() = default;

std::expected<std::unique_ptr<HeadlessKiosk>, std::string>
HeadlessKiosk::create(const std::filesystem::path& sourceDir, core::Date today,
                      std::unique_ptr<printer::PrintOutput> output, app::PrintSettings settings, std::ostream& log)
{
    std::unique_ptr<HeadlessKiosk> kiosk(new HeadlessKiosk(sourceDir, today, log));
    if (kiosk->m_forms.forms.empty()) {
        return std::unexpected("no forms in " + (sourceDir / "forms").string());
    }
    auto filler = printer::FormFiller::create();
    if (!filler) {
        return std::unexpected("PDF filler: " + filler.error());
    }
    kiosk->m_printer.emplace(std::move(*filler), std::move(output), settings, kiosk->m_context, kiosk->m_catalog);
    kiosk->m_jobs.emplace(*kiosk->m_printer);
    return kiosk;
}

void HeadlessKiosk::act(const core::Action& action)
{
    std::vector<core::Action> pending{action};
    while (!pending.empty()) {
        const core::Action next = pending.front();
        pending.erase(pending.begin());
        core::Update result = core::update(m_context, std::move(m_session), next);
        m_session = std::move(result.session);
        for (core::Action& follow : m_effects.run(result.effects, m_session)) {
            pending.push_back(std::move(follow));
        }
    }
}

void HeadlessKiosk::elapse(std::int64_t milliseconds)
{
    act(core::action::Tick{m_session.now + milliseconds, m_today});
}

// As the kiosk's event loop does: log lines to the log, and the news of another (wiped) session
// dropped.
void HeadlessKiosk::collectNews()
{
    for (app::PrintJobTracker::News& news : m_jobs->collect()) {
        if (!news.logLine.empty()) {
            m_log << news.logLine << '\n';
        }
        if (news.action && news.sessionCode == m_session.sessionCode) {
            act(*news.action);
        }
    }
}

bool HeadlessKiosk::awaitPrinter(std::chrono::milliseconds patience)
{
    const auto deadline = std::chrono::steady_clock::now() + patience;
    while (std::chrono::steady_clock::now() < deadline) {
        collectNews();
        if (m_session.screen != core::Screen::Printing) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

bool HeadlessKiosk::awaitIdleWorker(std::chrono::milliseconds patience)
{
    const auto deadline = std::chrono::steady_clock::now() + patience;
    while (m_jobs->busy() && std::chrono::steady_clock::now() < deadline) {
        collectNews();
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return !m_jobs->busy();
}

} // namespace helder::test
