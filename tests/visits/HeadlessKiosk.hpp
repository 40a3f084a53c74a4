#pragma once
// The kiosk without its window: the same classes KioskApp runs (core::update, the EffectRunner,
// FormPrinter and the PrintJobTracker's worker thread) printing to a given output, with the
// repository's forms and locales. The clock is the caller's: Tick actions carry the time.

#include "VisitTarget.hpp"

#include "app/EffectRunner.hpp"
#include "app/FormLibrary.hpp"
#include "app/FormPrinter.hpp"
#include "app/PrintJobTracker.hpp"
#include "core/Date.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/LocaleDirectory.hpp"
#include "printer/PrintOutput.hpp"

#include <expected>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace helder::test {

class HeadlessKiosk final : public VisitTarget {
public:
    // Reads forms/ and locales/ of `sourceDir` as of `today`; the error says what could not start.
    // Log lines (effects and the print worker's news) go to `log`, which must outlive the kiosk.
    [[nodiscard]] static std::expected<std::unique_ptr<HeadlessKiosk>, std::string>
    create(const std::filesystem::path& sourceDir, core::Date today, std::unique_ptr<printer::PrintOutput> output,
           app::PrintSettings settings, std::ostream& log);

    ~HeadlessKiosk() override;

    void act(const core::Action& action) override;
    // One Tick, `milliseconds` after the session's clock.
    void elapse(std::int64_t milliseconds) override;
    bool awaitPrinter(std::chrono::milliseconds patience) override;
    bool awaitIdleWorker(std::chrono::milliseconds patience) override;

    [[nodiscard]] const core::Session& session() const override { return m_session; }
    [[nodiscard]] const core::InterviewContext& context() const override { return m_context; }
    [[nodiscard]] core::InterviewContext& context() { return m_context; }
    [[nodiscard]] app::FormPrinter& printer() { return *m_printer; }

private:
    HeadlessKiosk(const std::filesystem::path& sourceDir, core::Date today, std::ostream& log);
    void collectNews();

    core::Date m_today;
    std::ostream& m_log;
    app::FormLibrary m_forms;
    i18n::LocaleDirectory m_locales;
    i18n::Catalog m_catalog; // the review sheet's texts
    core::InterviewContext m_context;
    std::optional<app::FormPrinter> m_printer;
    std::optional<app::PrintJobTracker> m_jobs; // after m_printer, which its worker uses
    app::EffectRunner m_effects;
    core::Session m_session;
};

} // namespace helder::test
