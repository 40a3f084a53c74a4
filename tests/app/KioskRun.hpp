#pragma once
// A visitor at the kiosk with the kiosk's own effect side: taps and actions go through
// core::update() (UiHarness.hpp), and every effect goes through the kiosk's EffectRunner, its
// FormPrinter (to a private spool folder) and its Counters, writing the log the kiosk would write.

#include "UiHarness.hpp"

#include "app/EffectRunner.hpp"
#include "app/FormPrinter.hpp"
#include "core/Counters.hpp"
#include "printer/SpoolFolder.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <utility>

namespace helder::app::test {

class KioskRun {
public:
    explicit KioskRun(const std::filesystem::path& spool)
        : m_counters(ui::test::testDay())
        , m_effects(
              [this](const core::Session& session, bool copy) -> std::optional<core::Action> {
                  // As KioskApp does when it has no printer: the visitor sees the printer fault.
                  if (std::exchange(failNextPrint, false)) {
                      return core::action::PrintFailed{"print.fault"};
                  }
                  // On this thread, where the kiosk's print worker would run it, with its log lines.
                  const std::string code = session.sessionCode;
                  const PrintListener listener{
                      {}, [this, code](const std::string& line) { log << "helder-kiosk: session " << code << ": " << line << '\n'; }, {}};
                  return m_printer->print(session, copy, listener);
              },
                    [this](const std::string& code) { m_printer->cancel(code); }, log)
    {
        std::filesystem::remove_all(spool);
        auto folder = printer::SpoolFolder::openAt(spool);
        REQUIRE(folder);
        auto filler = printer::FormFiller::create();
        REQUIRE(filler);
        m_printer = std::make_unique<FormPrinter>(std::move(*filler),
                                                  std::make_unique<printer::SpoolFolder>(std::move(*folder)),
                                                  PrintSettings{}, ui::test::World::get().context,
                                                  ui::test::World::get().catalog);
    }

    std::ostringstream log;
    ui::test::Visit visit;
    bool failNextPrint = false;

    // Runs the effects the last taps or actions gave, feeding their results back, as KioskApp does.
    void settle()
    {
        while (m_done < visit.effects.size()) {
            const std::vector<core::Effect> fresh(visit.effects.begin() + static_cast<std::ptrdiff_t>(m_done),
                                                  visit.effects.end());
            m_done = visit.effects.size();
            m_counters.count(fresh, ui::test::testDay());
            for (const core::Action& result : m_effects.run(fresh, visit.state.session)) {
                visit.act(result);
            }
        }
    }

    void act(core::Action action)
    {
        visit.act(std::move(action));
        settle();
    }

    bool tap(std::string_view id)
    {
        const bool tapped = visit.tap(id);
        settle();
        return tapped;
    }

    // A new visitor at the same kiosk: the counters go on.
    void nextVisitor()
    {
        settle();
        visit = ui::test::Visit();
        m_done = 0;
    }

    core::Counters& counters() { return m_counters; }

private:
    core::Counters m_counters;
    std::unique_ptr<FormPrinter> m_printer;
    EffectRunner m_effects;
    std::size_t m_done = 0;
};

} // namespace helder::app::test
