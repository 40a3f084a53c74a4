#pragma once
// The kiosk: the window, the event loop, the session and screen settings, the effect runner.
// Events become actions (ui/Intent.hpp), actions go through core::update(), and the screen is
// rebuilt and drawn only when something changed.

#include "app/AppOptions.hpp"
#include "app/CountersFile.hpp"
#include "app/EffectRunner.hpp"
#include "app/FailSafe.hpp"
#include "app/FormLibrary.hpp"
#include "app/FormPrinter.hpp"
#include "core/Counters.hpp"
#include "app/KioskConfig.hpp"
#include "app/PhaseTimings.hpp"
#include "app/StaffCorner.hpp"
#include "app/StaffMode.hpp"
#include "app/XEventWait.hpp"
#include "audio/ReadAloud.hpp"
#include "audio/SfmlOutput.hpp"
#include "app/PrintJobTracker.hpp"
#include "core/Interview.hpp"
#include "core/PostcodeTable.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/LocaleDirectory.hpp"
#include "text/TextEngine.hpp"
#include "ui/Dispatch.hpp"
#include "ui/Intent.hpp"
#include "ui/KeyboardSet.hpp"
#include "ui/LongPress.hpp"
#include "ui/Renderer.hpp"
#include "ui/ScreenDescription.hpp"
#include "ui/StaffScreens.hpp"
#include "ui/UiState.hpp"

#include <SFML/Graphics/RenderWindow.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace helder::app {

// Where forms and locales are when neither the command line nor the config says.
struct DefaultFolders {
    std::filesystem::path forms;
    std::filesystem::path locales;
};

class KioskApp {
public:
    static constexpr std::int64_t printPollMs = 100;
    // The session code of staff test prints: the '-' keeps it apart from every visitor's code.
    static constexpr std::string_view staffTestPrintCode = "TEST-PRINT";

    // Reads the config, locales and forms; nullptr with a message on `log` when the kiosk has
    // nothing to show (no interface language). A bad config gives the "out of order" screen.
    static std::unique_ptr<KioskApp> create(const AppOptions& options, const DefaultFolders& defaults,
                                            std::ostream& log);

    // Runs until the window closes (never with --kiosk), or after the first frame with --smoke
    // or --screenshot; returns the exit code.
    int run();

    // Driving the kiosk in-process, as the kiosk soak does (tests/soak/KioskSoak.cpp): run() is
    // open() and then frames, each after waiting for X or a timer.
    [[nodiscard]] bool open(); // the window, its drawing and the X wait; false after a log line
    void frame();              // X's events, the timers, the print worker's news; drawn when changed
    void handleEvent(const sf::Event& event); // as if X had sent it (KioskAppStaff.cpp)
    void apply(const core::Action& action);   // as a tap that became this action does
    // Time passes this much faster than the wall clock: idle time-outs without real minutes.
    void advanceClock(std::chrono::milliseconds by) { m_clockAhead += by; }
    [[nodiscard]] const core::Session& session() const { return m_state.session; }
    [[nodiscard]] const core::InterviewContext& context() const { return m_context; }
    [[nodiscard]] bool printerBusy() const { return m_printJobs && m_printJobs->busy(); }

private:
    KioskApp(const AppOptions& options, std::ostream& log, std::chrono::steady_clock::time_point started);

    void dispatch(const ui::Intent& intent);
    void dispatchUnguarded(const ui::Intent& intent);
    void playSound(ui::SoundCommand command);
    void collectPrintNews();
    void tick();
    // Events, timers and news, and the screen redrawn (not yet shown) when something changed;
    // returns when that redraw began.
    [[nodiscard]] std::optional<std::chrono::steady_clock::time_point> update();
    [[nodiscard]] std::chrono::milliseconds untilWake() const; // negative: nothing due
    void press(float x, float y);
    void release();
    void redraw();
    void frameShown(std::chrono::steady_clock::time_point started); // writes the widget map
    void handleVisitorEvent(const sf::Event& event);

    // The config applied, staff mode and the fail-safe (KioskAppStaff.cpp).
    void applyConfig(const KioskConfig& config);
    void loadForms();
    // Staff screens, the hidden corner and the failure screen take the event first.
    [[nodiscard]] bool handleStaffEvent(const sf::Event& event);
    void tickStaff(std::int64_t now);
    [[nodiscard]] std::optional<std::int64_t> staffWake() const;
    // The earliest of the visitor timers (none while the failure screen waits for staff), the staff
    // and held-key timers, and midnight for the counters.
    [[nodiscard]] std::optional<std::int64_t> wakeAt() const;
    [[nodiscard]] std::optional<std::int64_t> countersWake() const;
    void runStaffCommand(StaffCommand command);
    [[nodiscard]] ui::ScreenDescription buildCurrentScreen(const ui::ScreenInput& input);
    [[nodiscard]] ui::StaffPanelView staffPanelView();
    [[nodiscard]] std::string staffLanguage() const;
    [[nodiscard]] bool inStaffCorner(float x, float y) const;
    [[nodiscard]] bool saveScreenshot();
    [[nodiscard]] std::int64_t nowMs() const;
    [[nodiscard]] std::string newSessionCode();
    void writeFinishedCounters();

    AppOptions m_options;
    std::ostream& m_log;
    PhaseTimings m_timings; // first: it times the construction of the members below
    i18n::LocaleDirectory m_locales;
    i18n::Catalog m_catalog;
    i18n::LanguageList m_offered;                // the config's languages, in its order
    std::vector<std::string> m_unknownLanguages; // config codes without a locale, for staff
    std::filesystem::path m_formsFolder;
    std::optional<std::filesystem::path> m_localFormsFolder;
    std::optional<core::PostcodeTable> m_postcodes;
    std::string m_postcodeProblem; // why the configured postcode list is not used, for staff
    FormLibrary m_forms;
    core::InterviewContext m_context;
    ui::KeyboardSet m_keyboards;
    ui::LongPress m_longPress; // a key held on the on-screen keyboard
    std::unique_ptr<text::TextEngine> m_engine;
    std::optional<FormPrinter> m_printer; // none when the PDF filler or the output could not start
    std::optional<PrintJobTracker> m_printJobs; // after m_printer, which its worker uses
    bool m_demo = false; // the spool folder stands in for a printer
    EffectRunner m_effects;
    core::Counters m_counters; // anonymous daily counts; the last finished day is shown to staff
    std::optional<CountersFile> m_countersFile;
    std::optional<audio::SfmlErrorRoute> m_sfmlErrors; // SFML's complaints go to the log, once routed
    std::unique_ptr<audio::ReadAloud> m_audio;

    ui::VisitorState m_state;
    ui::ScreenDescription m_screen;
    bool m_dirty = true;
    std::uint64_t m_frames = 0; // frames drawn, for the widget map
    bool m_outOfOrder = false; // the config is broken: the visitor is sent to the desk
    FailSafe m_failSafe{m_log};
    StaffMode m_staff;                  // off without staff_pin_hash
    StaffCorner m_staffCorner; // the hidden corner into staff mode
    std::optional<bool> m_testPrintSent; // shown on the staff panel

    sf::RenderWindow m_window;
    ui::Renderer m_renderer;
    XEventWait m_waiter;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
    std::chrono::milliseconds m_clockAhead{0};
    std::mt19937 m_random;
};

} // namespace helder::app
