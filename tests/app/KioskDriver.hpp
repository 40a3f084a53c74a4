#pragma once
// A visit driven through the same classes the kiosk runs (KioskApp without its window), printing to
// a real output: tests/visits/HeadlessKiosk.hpp with doctest's checks, and fillIn() for a
// scripted visit. The clock is the test's: Tick actions carry the time.

#include "HeadlessKiosk.hpp"

#include "core/Interview.hpp"
#include "printer/PrintOutput.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

namespace helder::test {

inline core::Date visitDay()
{
    return *core::Date::fromYmd(2026, 11, 23);
}

class KioskDriver {
public:
    KioskDriver(std::unique_ptr<printer::PrintOutput> output, app::PrintSettings settings)
    {
        auto kiosk = HeadlessKiosk::create(sourceDir(), visitDay(), std::move(output), settings, m_log);
        REQUIRE_MESSAGE(kiosk, (kiosk ? std::string() : kiosk.error()));
        m_kiosk = std::move(*kiosk);
    }

    void act(const core::Action& action) { m_kiosk->act(action); }
    void elapse(std::int64_t milliseconds) { m_kiosk->elapse(milliseconds); }

    // Welcome → Dutch → the form → its questions, answered by `answer` (the typed text for a
    // question id, or nothing for "I don't know", "no", or the first choice) → the review screen.
    template <typename Answers>
    void fillIn(const std::string& formId, const std::string& sessionCode, Answers answer)
    {
        act(core::action::ChooseLanguage{"nl"});
        act(core::action::ChooseForm{formId, sessionCode});
        act(core::action::BeginQuestions{});
        const core::Template* form = core::activeForm(m_kiosk->context(), session());
        REQUIRE(form);
        for (int guard = 0; session().screen == core::Screen::Question && guard < 200; ++guard) {
            const core::Step step = *session().step;
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
            if (session().screen == core::Screen::Question && session().step == step) {
                act(core::action::Next{}); // a choice that waits for "next"
            }
            REQUIRE_MESSAGE(!(session().screen == core::Screen::Question && session().step == step),
                            "stuck at " << step.questionId);
        }
        REQUIRE(session().screen == core::Screen::Review);
    }

    // Collects the worker's news as the kiosk's event loop does, until the session leaves the
    // printing screen or `patience` passes; the news of another session is dropped.
    void awaitPrinter(std::chrono::milliseconds patience = std::chrono::seconds(20))
    {
        m_kiosk->awaitPrinter(patience);
    }

    // Until the worker has nothing left to do (a cancel has been carried out).
    void awaitIdleWorker() { REQUIRE(m_kiosk->awaitIdleWorker(std::chrono::seconds(20))); }

    [[nodiscard]] const core::Session& session() const { return m_kiosk->session(); }
    [[nodiscard]] core::InterviewContext& context() { return m_kiosk->context(); }
    [[nodiscard]] app::FormPrinter& printer() { return m_kiosk->printer(); }
    [[nodiscard]] std::string log() const { return m_log.str(); }

private:
    std::ostringstream m_log; // before m_kiosk, which writes to it until it is gone
    std::unique_ptr<HeadlessKiosk> m_kiosk;
};

} // namespace helder::test
