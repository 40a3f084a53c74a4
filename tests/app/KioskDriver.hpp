#pragma once
// A visit driven through the same classes the kiosk runs (KioskApp without its window): core::update,
// the EffectRunner, FormPrinter and the PrintJobTracker's worker thread, printing to a real output.
// The clock is the test's: Tick actions carry the time.

#include "app/EffectRunner.hpp"
#include "app/FormLibrary.hpp"
#include "app/FormPrinter.hpp"
#include "app/PrintJobTracker.hpp"
#include "core/Interview.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/LocaleDirectory.hpp"
#include "printer/FormFiller.hpp"
#include "printer/PrintOutput.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>

namespace helder::test {

inline core::Date visitDay()
{
    return *core::Date::fromYmd(2026, 11, 23);
}

class KioskDriver {
public:
    KioskDriver(std::unique_ptr<printer::PrintOutput> output, app::PrintSettings settings)
        : m_forms(app::FormLibrary::load(sourceDir() / "forms", visitDay()))
        , m_locales(i18n::LocaleDirectory::read(sourceDir() / "locales"))
        , m_catalog(m_locales.files, m_locales.languages)
    {
        m_context.forms = m_forms.forms;
        auto filler = printer::FormFiller::create();
        REQUIRE(filler);
        m_printer.emplace(std::move(*filler), std::move(output), settings, m_context, m_catalog);
        m_jobs.emplace(*m_printer);
        m_session.today = visitDay();
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

    void elapse(std::int64_t milliseconds) { act(core::action::Tick{m_session.now + milliseconds, visitDay()}); }

    // Welcome → Dutch → the form → its questions, answered by `answer` (the typed text for a
    // question id, or nothing for "I don't know", "no", or the first choice) → the review screen.
    template <typename Answers>
    void fillIn(const std::string& formId, const std::string& sessionCode, Answers answer)
    {
        act(core::action::ChooseLanguage{"nl"});
        act(core::action::ChooseForm{formId, sessionCode});
        act(core::action::BeginQuestions{});
        const core::Template* form = core::activeForm(m_context, m_session);
        REQUIRE(form);
        for (int guard = 0; m_session.screen == core::Screen::Question && guard < 200; ++guard) {
            const core::Step step = *m_session.step;
            const core::Question* question = form->findQuestion(step.questionId);
            if (step.isGroupOverview() || !question) {
                act(core::action::Next{});
            } else if (const std::optional<std::string> typed = answer(question->id)) {
                act(core::action::SetDraft{*typed});
                act(core::action::Next{});
            } else if (question->type == core::QuestionType::YesNo) {
                act(core::action::ChooseOption{"no"});
            } else if (!question->choices.empty()) {
                act(core::action::ChooseOption{question->choices.front().id});
            } else if (question->dontKnowAllowed) {
                act(core::action::DontKnow{});
            } else {
                act(core::action::Next{});
            }
            if (m_session.screen == core::Screen::Question && m_session.step == step) {
                act(core::action::Next{}); // a choice that waits for "next"
            }
            REQUIRE_MESSAGE(!(m_session.screen == core::Screen::Question && m_session.step == step),
                            "stuck at " << step.questionId);
        }
        REQUIRE(m_session.screen == core::Screen::Review);
    }

    // Collects the worker's news as the kiosk's event loop does, until the session leaves the
    // printing screen or `patience` passes; the news of another session is dropped.
    void awaitPrinter(std::chrono::milliseconds patience = std::chrono::seconds(20))
    {
        const auto deadline = std::chrono::steady_clock::now() + patience;
        while (std::chrono::steady_clock::now() < deadline) {
            for (app::PrintJobTracker::News& news : m_jobs->collect()) {
                if (!news.logLine.empty()) {
                    m_log << news.logLine << '\n';
                }
                if (news.action && news.sessionCode == m_session.sessionCode) {
                    act(*news.action);
                }
            }
            if (m_session.screen != core::Screen::Printing) {
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }

    // Until the worker has nothing left to do (a cancel has been carried out).
    void awaitIdleWorker()
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (m_jobs->busy() && std::chrono::steady_clock::now() < deadline) {
            for (app::PrintJobTracker::News& news : m_jobs->collect()) {
                m_log << news.logLine << '\n';
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        REQUIRE_FALSE(m_jobs->busy());
    }

    [[nodiscard]] const core::Session& session() const { return m_session; }
    [[nodiscard]] core::InterviewContext& context() { return m_context; }
    [[nodiscard]] app::FormPrinter& printer() { return *m_printer; }
    [[nodiscard]] std::string log() const { return m_log.str() + m_effectLog.str(); }

private:
    app::FormLibrary m_forms;
    i18n::LocaleDirectory m_locales;
    i18n::Catalog m_catalog; // the review sheet's texts
    core::InterviewContext m_context;
    std::optional<app::FormPrinter> m_printer;
    std::optional<app::PrintJobTracker> m_jobs;
    std::ostringstream m_log;
    std::ostringstream m_effectLog;
    app::EffectRunner m_effects{[this](const core::Session& session, bool copy) -> std::optional<core::Action> {
                                    m_jobs->print(session, copy);
                                    return std::nullopt;
                                },
                                [this](const std::string& code) { m_jobs->cancel(code); }, m_effectLog};
    core::Session m_session;
};

} // namespace helder::test
