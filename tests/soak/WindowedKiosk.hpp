#pragma once
// The real kiosk (KioskApp, with its window on an X server) behind the VisitTarget a RandomVisitor
// drives: typing and "next" on a question arrive as X's key events, the other touches as the
// actions the tapped buttons give; every act draws a frame; time passes on the kiosk's own clock.

#include "VisitTarget.hpp"

#include "app/KioskApp.hpp"

namespace helder::soak {

class WindowedKiosk final : public test::VisitTarget {
public:
    explicit WindowedKiosk(app::KioskApp& kiosk) : m_kiosk(kiosk) {}

    void act(const core::Action& action) override;
    void elapse(std::int64_t milliseconds) override;
    bool awaitPrinter(std::chrono::milliseconds patience) override;
    bool awaitIdleWorker(std::chrono::milliseconds patience) override;

    [[nodiscard]] const core::Session& session() const override { return m_kiosk.session(); }
    [[nodiscard]] const core::InterviewContext& context() const override { return m_kiosk.context(); }

    // Texts that the on-screen keyboard's filter changed, so that the visitor's choice was set as
    // a picker sets it.
    [[nodiscard]] long pickedInstead() const { return m_pickedInstead; }

private:
    void type(const std::string& text);
    void key(char32_t character);

    app::KioskApp& m_kiosk;
    long m_pickedInstead = 0;
};

} // namespace helder::soak
