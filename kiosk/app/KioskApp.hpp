#pragma once
// The kiosk: the window, the event loop, the session and screen settings, the effect runner.
// Events become actions (ui/Intent.hpp), actions go through core::update(), and the screen is
// rebuilt and drawn only when something changed.

#include "app/AppOptions.hpp"
#include "app/EffectRunner.hpp"
#include "app/FormLibrary.hpp"
#include "app/FormPrinter.hpp"
#include "app/PrintJobTracker.hpp"
#include "core/Interview.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/LocaleDirectory.hpp"
#include "text/TextEngine.hpp"
#include "ui/Dispatch.hpp"
#include "ui/Intent.hpp"
#include "ui/Renderer.hpp"
#include "ui/ScreenDescription.hpp"
#include "ui/UiState.hpp"

#include <SFML/Graphics/RenderWindow.hpp>

#include <chrono>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <random>

namespace helder::app {

// Where forms and locales are when neither the command line nor the config says.
struct DefaultFolders {
    std::filesystem::path forms;
    std::filesystem::path locales;
};

class KioskApp {
public:
    static constexpr std::int64_t printPollMs = 100;

    // Reads the config, locales and forms; nullptr with a message on `log` when the kiosk has
    // nothing to show (no interface language). A bad config gives the "out of order" screen.
    static std::unique_ptr<KioskApp> create(const AppOptions& options, const DefaultFolders& defaults,
                                            std::ostream& log);

    // Runs until the window closes (never with --kiosk), or after the first frame with --smoke
    // or --screenshot; returns the exit code.
    int run();

private:
    KioskApp(const AppOptions& options, std::ostream& log);

    void dispatch(const ui::Intent& intent);
    void apply(const core::Action& action);
    void collectPrintNews();
    void tick();
    void handleEvent(const sf::Event& event);
    void redraw();
    [[nodiscard]] bool saveScreenshot();
    [[nodiscard]] std::int64_t nowMs() const;
    [[nodiscard]] std::string newSessionCode();

    AppOptions m_options;
    std::ostream& m_log;
    i18n::LocaleDirectory m_locales;
    i18n::Catalog m_catalog;
    FormLibrary m_forms;
    core::InterviewContext m_context;
    std::unique_ptr<text::TextEngine> m_engine;
    std::optional<FormPrinter> m_printer; // none when the PDF filler or the output could not start
    std::optional<PrintJobTracker> m_printJobs; // after m_printer, which its worker uses
    bool m_demo = false; // the spool folder stands in for a printer
    EffectRunner m_effects;

    ui::VisitorState m_state;
    ui::ScreenDescription m_screen;
    bool m_dirty = true;
    bool m_outOfOrder = false; // the config is broken: the visitor is sent to the desk

    sf::RenderWindow m_window;
    ui::Renderer m_renderer;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
    std::mt19937 m_random;
};

} // namespace helder::app
