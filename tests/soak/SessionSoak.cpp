// Soak (issue 15): visitor sessions in a row through the engine (core::update), the kiosk's effect
// runner, print worker and printout (review sheet and form filled in a child process) and the spool
// folder with retention 0, without a display. Random answers, "I don't know", kept-as-typed
// nonsense, language changes and idle timeouts. After a warm-up it compares resident memory, open
// descriptors and files left behind with the start; exit 1 when a limit is passed.
//   helder-session-soak [SESSIONS=10000] [SEED=1]        (run by hand, not by CI)

#include "app/EffectRunner.hpp"
#include "app/FormLibrary.hpp"
#include "app/FormPrinter.hpp"
#include "app/PrintJobTracker.hpp"
#include "core/Interview.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/LocaleDirectory.hpp"
#include "printer/SpoolFolder.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>

namespace {

using namespace helder;
namespace fs = std::filesystem;

constexpr long warmUpSessions = 100;
constexpr double rssGrowthLimitMb = 5.0;

double residentMb()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

long openDescriptors()
{
    return std::distance(fs::directory_iterator("/proc/self/fd"), fs::directory_iterator());
}

long filesIn(const fs::path& folder)
{
    return std::distance(fs::directory_iterator(folder), fs::directory_iterator());
}

// Text a visitor might type: plausible, hostile or in another script.
const std::vector<std::string> typedTexts{
    "Amina", "El Amrani", "Kerkstraat 12", "9000", "85031412401", "BE71096123456769", "14/03/1985",
    "محمد العلي", "Київ", "ትግራይ", "😀 Łódź", std::string(2000, 'x'), "", "1.234,50", "-5", "a@b.be", "+32470123456"};

class Visitor {
public:
    Visitor(const core::InterviewContext& context, app::FormPrinter& printer, std::uint32_t seed)
        : m_context(context), m_jobs(printer), m_random(seed)
    {
    }

    // One visit: welcome to printed papers, or to an abandoned or timed-out session.
    void visit(long number)
    {
        const core::Template& form = m_context.forms[pick(m_context.forms.size())];
        const std::vector<std::string> languages = form.languages();
        act(core::action::ChooseLanguage{languages[pick(languages.size())]});
        act(core::action::ChooseForm{form.id, "SOAK" + std::to_string(number)});
        act(core::action::BeginQuestions{});
        for (int guard = 0; m_session.screen == core::Screen::Question && guard < 400; ++guard) {
            if (chance(2)) {
                act(core::action::ChooseLanguage{languages[pick(languages.size())]});
            }
            if (chance(3)) {
                elapse(m_context.settings.idleTimeoutMs + m_context.settings.countdownMs + 1); // walks away
                return;
            }
            answer(form);
        }
        if (m_session.screen != core::Screen::Review) {
            act(core::action::AskStartAgain{});
            act(core::action::ConfirmStartAgain{});
            return;
        }
        act(core::action::Print{});
        awaitPrinter();
        if (m_session.screen == core::Screen::Done) {
            act(chance(10) ? core::Action(core::action::PrintAgain{}) : core::Action(core::action::Finish{}));
            awaitPrinter();
            if (m_session.screen == core::Screen::Done) {
                act(core::action::Finish{});
            }
        } else {
            act(core::action::AskStartAgain{});
            act(core::action::ConfirmStartAgain{});
        }
    }

    [[nodiscard]] long printed() const { return m_printed; }

private:
    void answer(const core::Template& form)
    {
        const core::Step step = *m_session.step;
        const core::Question* question = form.findQuestion(step.questionId);
        if (step.isGroupOverview() || !question) {
            act(chance(2) ? core::Action(core::action::AddMember{}) : core::Action(core::action::Next{}));
        } else if (question->type == core::QuestionType::YesNo) {
            act(core::action::ChooseOption{chance(2) ? "yes" : "no"});
        } else if (!question->choices.empty()) {
            act(core::action::ChooseOption{question->choices[pick(question->choices.size())].id});
        } else if (question->dontKnowAllowed && chance(5)) {
            act(core::action::DontKnow{});
        } else {
            const std::string example = question->example.toDisplayString();
            act(core::action::SetDraft{chance(2) ? example : typedTexts[pick(typedTexts.size())]});
            act(core::action::Next{});
            if (m_session.problem) {
                act(core::action::KeepAsTyped{});
            }
        }
        if (m_session.screen == core::Screen::Question && m_session.step == step) {
            act(core::action::Next{});
        }
        if (m_session.screen == core::Screen::Question && m_session.step == step) {
            act(question && question->dontKnowAllowed ? core::Action(core::action::DontKnow{})
                                                      : core::Action(core::action::Back{}));
        }
    }

    void awaitPrinter()
    {
        while (m_session.screen == core::Screen::Printing || m_jobs.busy()) {
            for (app::PrintJobTracker::News& news : m_jobs.collect()) {
                if (news.action && news.sessionCode == m_session.sessionCode) {
                    if (std::holds_alternative<core::action::PrintSucceeded>(*news.action)) {
                        ++m_printed;
                    }
                    act(*news.action);
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }

    void act(const core::Action& action)
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

    void elapse(std::int64_t milliseconds)
    {
        const std::int64_t end = m_session.now + milliseconds;
        // In steps, as the kiosk's timers would wake: the warning, then the wipe.
        while (m_session.now < end && m_session.screen != core::Screen::Welcome) {
            act(core::action::Tick{std::min(end, m_session.now + 10'000), m_session.today});
        }
    }

    std::size_t pick(std::size_t count) { return std::uniform_int_distribution<std::size_t>(0, count - 1)(m_random); }
    bool chance(int oneIn) { return pick(static_cast<std::size_t>(oneIn) * 10) == 0; }

    const core::InterviewContext& m_context;
    app::PrintJobTracker m_jobs;
    std::ostringstream m_log;
    app::EffectRunner m_effects{[this](const core::Session& session, bool copy) -> std::optional<core::Action> {
                                    m_jobs.print(session, copy);
                                    return std::nullopt;
                                },
                                [this](const std::string& code) { m_jobs.cancel(code); }, m_log};
    core::Session m_session;
    std::mt19937 m_random;
    long m_printed = 0;
};

} // namespace

int main(int argc, char** argv)
{
    const long sessions = argc > 1 ? std::stol(argv[1]) : 10'000;
    const auto seed = static_cast<std::uint32_t>(argc > 2 ? std::stoul(argv[2]) : 1);
    const fs::path source = HELDER_SOURCE_DIR;
    const core::Date today = *core::Date::fromYmd(2026, 11, 23);

    const app::FormLibrary forms = app::FormLibrary::load(source / "forms", today);
    const i18n::LocaleDirectory locales = i18n::LocaleDirectory::read(source / "locales");
    const i18n::Catalog catalog(locales.files, locales.languages);
    core::InterviewContext context;
    context.forms = forms.forms;
    const fs::path spoolFolder = fs::temp_directory_path() / ("helder-soak-" + std::to_string(getpid()));
    auto spool = printer::SpoolFolder::openAt(spoolFolder, std::chrono::seconds(0));
    auto filler = printer::FormFiller::create();
    if (forms.forms.empty() || !spool || !filler) {
        std::cerr << "soak: cannot start (forms, spool folder or filler)\n";
        return 1;
    }
    app::FormPrinter printer(std::move(*filler), std::make_unique<printer::SpoolFolder>(std::move(*spool)),
                             app::PrintSettings{}, context, catalog);
    Visitor visitor(context, printer, seed);

    const auto started = std::chrono::steady_clock::now();
    double warmRss = 0;
    long warmFds = 0;
    for (long number = 0; number < sessions; ++number) {
        visitor.visit(number);
        if (number + 1 == std::min(warmUpSessions, sessions)) {
            warmRss = residentMb();
            warmFds = openDescriptors();
        }
        if ((number + 1) % 500 == 0) {
            std::cout << number + 1 << " sessions, " << visitor.printed() << " printed, RSS " << residentMb() << " MB\n"
                      << std::flush;
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double endRss = residentMb();
    const long endFds = openDescriptors();
    const long left = filesIn(spoolFolder);
    std::cout << "| sessions | printed | seconds | RSS after warm-up | RSS at end | growth | fds after warm-up | fds at end | "
                 "spool files left |\n|---|---|---|---|---|---|---|---|---|\n"
              << "| " << sessions << " | " << visitor.printed() << " | " << seconds << " | " << warmRss << " MB | " << endRss
              << " MB | " << endRss - warmRss << " MB | " << warmFds << " | " << endFds << " | " << left << " |\n";
    fs::remove_all(spoolFolder);
    // Retention 0 deletes each printout at the next submit: at most the last one may remain.
    const bool ok = endRss - warmRss < rssGrowthLimitMb && endFds == warmFds && left <= 1;
    std::cout << (ok ? "soak: within limits\n" : "soak: LIMIT PASSED\n");
    return ok ? 0 : 1;
}
