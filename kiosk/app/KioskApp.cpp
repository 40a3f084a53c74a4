#include "app/KioskApp.hpp"

#include "app/KioskConfig.hpp"
#include "app/StartupFiles.hpp"
#include "app/ReadAloudView.hpp"
#include "app/PrintSetup.hpp"
#include "app/Timers.hpp"
#include "app/WidgetMap.hpp"
#include "printer/ChildProcess.hpp"
#include "ui/ScreenBuilder.hpp"
#include "ui/ScreenPng.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Window/Event.hpp>

#include <algorithm>
#include <ctime>
#include <future>
#include <limits>
#include <mutex>
#include <ostream>

namespace helder::app {
namespace {

constexpr std::int64_t audioPollMs = 40;

// What read-aloud reads depends on: when any of it changes, the reading stops.
struct ScreenPlace {
    core::Screen screen;
    core::Dialog dialog;
    std::optional<core::Step> step;
    std::string formLanguage;
    std::string interfaceLanguage;
    friend bool operator==(const ScreenPlace&, const ScreenPlace&) = default;
};

ScreenPlace placeOf(const core::Session& session)
{
    return ScreenPlace{session.screen, session.dialog, session.step, session.formLanguage, session.interfaceLanguage};
}

core::Date localToday()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return core::Date::fromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday).value_or(core::Date());
}

// Milliseconds until the next local midnight (at least one), when the finished day's counters are due.
std::int64_t millisecondsToLocalMidnight()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    const std::int64_t secondsToday = local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec;
    return std::max<std::int64_t>(1, (86'400 - secondsToday) * 1000);
}

} // namespace

std::optional<std::int64_t> KioskApp::countersWake() const
{
    // The day's counts are written just after midnight even when nobody touches the screen (a
    // session left on the printer-fault screen overnight, say).
    return m_countersFile ? std::optional<std::int64_t>(nowMs() + millisecondsToLocalMidnight()) : std::nullopt;
}

KioskApp::KioskApp(const AppOptions& options, std::ostream& log, std::chrono::steady_clock::time_point started)
    : m_options(options)
    , m_log(log)
    , m_timings(options.timings ? &log : nullptr, started)
    , m_effects(
          [this](const core::Session& session, bool copy) -> std::optional<core::Action> {
              // Without a filler or an output, printing ends in the translated printer fault,
              // with retry, as a broken printer would.
              if (!m_printJobs) {
                  return core::action::PrintFailed{"print.fault"};
              }
              m_printJobs->print(session, copy);
              return std::nullopt;
          },
          [this](const std::string& sessionCode) {
              if (m_printJobs) {
                  m_printJobs->cancel(sessionCode);
              }
          },
          log)
    , m_counters(localToday())
    , m_random(std::random_device{}())
{
}

std::unique_ptr<KioskApp> KioskApp::create(const AppOptions& options, const DefaultFolders& defaults,
                                           std::ostream& log)
{
    const auto started = std::chrono::steady_clock::now();
    // First, while the process has one thread: the sound device check forks.
    std::unique_ptr<audio::ReadAloud> readAloud = audio::ReadAloud::start(log);
    auto loading = std::async(std::launch::async, [&] {
        return loadStartupFiles(options.config, options.locales, options.forms, defaults.locales, defaults.forms);
    });
    std::unique_ptr<KioskApp> app(new KioskApp(options, log, started));
    app->m_timings.mark("read-aloud started, then SFML's shared GL context (the GL driver loads) while a thread reads the files");
    StartupFiles files = loading.get();
    app->m_timings.mark("waited for the files (config, locales, catalog, keyboards, text engine)");
    app->m_sfmlErrors.emplace(log);
    app->m_audio = std::move(readAloud);
    app->m_effects.onIdleWarning([raw = app.get()](const core::Session& session) {
        raw->m_audio->read(audio::idleWarningReading(session, raw->m_catalog, raw->m_locales.languages), true);
    });
    if (files.configError) {
        log << "helder-kiosk: out of order: bad config: " << *files.configError << '\n';
        app->m_outOfOrder = true;
    }
    const KioskConfig& config = files.config;
    app->m_context.settings.idleTimeoutMs = config.idleTimeoutSeconds * 1000;

    app->m_locales = std::move(files.locales);
    for (const core::Diagnostic& problem : app->m_locales.diagnostics) {
        log << "helder-kiosk: " << problem.file << ": " << problem.message << '\n';
    }
    if (app->m_locales.languages.empty() || app->m_locales.files.empty()) {
        log << "helder-kiosk: no interface languages in " << files.localesFolder << '\n';
        return nullptr;
    }
    app->m_catalog = std::move(files.catalog);
    app->m_keyboards = std::move(files.keyboards);
    for (const core::Diagnostic& problem : app->m_keyboards.problems()) {
        log << "helder-kiosk: keyboard: " << problem.file << ": " << problem.message << '\n';
    }

    const core::Date today = localToday();
    app->m_formsFolder = files.formsFolder;
    app->m_localFormsFolder = config.localFormsFolder;
    app->m_state.session.today = today;
    app->applyConfig(config);
    app->m_timings.mark("config applied, forms loaded");

    if (!files.engine) {
        log << "helder-kiosk: text engine: " << files.engine.error() << '\n';
        return nullptr;
    }
    app->m_engine = std::move(*files.engine);

    auto filler = printer::FormFiller::create();
    auto setup = openPrintSetup(config);
    app->m_context.settings.printTimeoutMs = idleSuspensionMs(config);
    if (!filler) {
        log << "helder-kiosk: PDF filler: " << filler.error() << '\n';
    } else if (!setup) {
        log << "helder-kiosk: " << setup.error() << '\n';
    } else {
        if (!setup->warning.empty()) {
            log << "helder-kiosk: " << setup->warning << '\n';
        }
        app->m_demo = setup->demo;
        app->m_printer.emplace(std::move(*filler), std::move(setup->output), setup->settings, app->m_context,
                               app->m_catalog);
        app->m_printJobs.emplace(*app->m_printer);
        log << "helder-kiosk: printing to " << app->m_printer->describe() << '\n';
    }
    if (config.countersFile) {
        app->m_countersFile.emplace(*config.countersFile);
        log << "helder-kiosk: anonymous counters of each day go to " << *config.countersFile << " after midnight\n";
    }
    app->m_state.session.now = app->nowMs();
    app->m_state.session.lastActivity = app->m_state.session.now;
    app->m_state.session.today = today;
    app->m_timings.mark("PDF filler and output");
    return app;
}

std::int64_t KioskApp::nowMs() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_start + m_clockAhead)
        .count();
}

std::string KioskApp::newSessionCode()
{
    // Short and unambiguous to read aloud at the desk: no 0/O, 1/I.
    static constexpr std::string_view alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string code;
    for (int i = 0; i < 6; ++i) {
        code += alphabet[pick(m_random)];
    }
    return code;
}

void KioskApp::playSound(ui::SoundCommand command)
{
    switch (command) {
    case ui::SoundCommand::Read:
        if (const auto reading = currentReading(m_context, m_state.session, m_locales.languages)) {
            m_audio->read(*reading);
        }
        break;
    case ui::SoundCommand::Stop: m_audio->stop(); break;
    case ui::SoundCommand::Louder: m_audio->louder(); break;
    case ui::SoundCommand::Softer: m_audio->softer(); break;
    }
    m_audio->update();
}

void KioskApp::dispatchUnguarded(const ui::Intent& intent)
{
    if (intent.empty()) {
        return;
    }
    if (intent.sound) {
        playSound(*intent.sound);
        m_dirty = true;
        if (!intent.action && !intent.ui) {
            return;
        }
    }
    std::vector<ui::Intent> pending{intent};
    while (!pending.empty()) {
        const ui::Intent next = pending.front();
        pending.erase(pending.begin());
        const ScreenPlace before = placeOf(m_state.session);
        ui::Dispatched result = ui::dispatch(m_context, std::move(m_state), next);
        m_state = std::move(result.state);
        m_counters.count(result.effects, localToday());
        // Reading stops when what it reads leaves the screen (before the effects: the idle
        // warning's announcement is one of them).
        const ScreenPlace after = placeOf(m_state.session);
        if (before != after) {
            m_audio->stop();
        }
        if (after.screen == core::Screen::Welcome && before.screen != core::Screen::Welcome) {
            m_audio->resetVolume(); // the next visitor starts at the usual volume
        }
        for (core::Action& follow : m_effects.run(result.effects, m_state.session)) {
            pending.push_back(ui::Intent{std::move(follow), std::nullopt});
        }
    }
    m_dirty = true;
}

void KioskApp::apply(const core::Action& action)
{
    dispatch(ui::Intent{action, std::nullopt});
}

void KioskApp::writeFinishedCounters()
{
    const auto report = m_counters.takeFinishedDay(localToday());
    if (!report || !m_countersFile) {
        return;
    }
    if (auto written = m_countersFile->write(*report); !written) {
        m_log << "helder-kiosk: counters: " << written.error() << '\n';
    }
}

void KioskApp::collectPrintNews()
{
    if (!m_printJobs) {
        return;
    }
    for (PrintJobTracker::News& news : m_printJobs->collect()) {
        if (!news.logLine.empty()) {
            m_log << "helder-kiosk: " << news.logLine << '\n';
        }
        if (news.action && news.sessionCode == staffTestPrintCode) {
            m_testPrintSent = std::holds_alternative<core::action::PrintSucceeded>(*news.action);
            m_log << "helder-kiosk: staff test print " << (*m_testPrintSent ? "sent" : "failed") << '\n';
            m_dirty = true;
        } else if (news.action && news.sessionCode == m_state.session.sessionCode) {
            // A wiped session's news has nobody to go to.
            apply(*news.action);
        }
    }
}

void KioskApp::tick()
{
    writeFinishedCounters();
    collectPrintNews();
    const std::int64_t now = nowMs();
    tickStaff(now);
    if (m_failSafe.failed()) {
        return; // like a printer fault, the failure screen waits for staff: no idle wipe
    }
    const auto due = nextWake(m_state.session, m_context.settings);
    if (due && now >= *due) {
        apply(core::action::Tick{now, localToday()});
    }
    if (const auto held = m_longPress.fire(now)) {
        dispatch(ui::longPress(*held, ui::IntentContext{m_state.session, m_state.ui, {}}));
    }
}

void KioskApp::press(float x, float y)
{
    const ui::Widget* widget = m_screen.widgetAt(x, y);
    if (widget && widget->longPress) {
        // Typed on release, unless held long enough to open its choices.
        m_longPress.press(widget->id, nowMs());
        return;
    }
    dispatch(ui::intentAt(m_screen, x, y, ui::IntentContext{m_state.session, m_state.ui, newSessionCode()}));
}

void KioskApp::release()
{
    if (const auto key = m_longPress.release()) {
        dispatch(ui::intentFor(*key, ui::IntentContext{m_state.session, m_state.ui, {}}));
    }
}

void KioskApp::handleVisitorEvent(const sf::Event& event)
{
    const ui::IntentContext context{m_state.session, m_state.ui, newSessionCode()};
    switch (event.type) {
    case sf::Event::Closed:
        // With --kiosk only staff, signed in, may close the window (DESIGN §7).
        if (!m_options.kiosk || m_staff.view() == StaffMode::View::Panel) {
            m_window.close();
        }
        return;
    case sf::Event::Resized:
        m_window.setView(sf::View(sf::FloatRect(0.0F, 0.0F, static_cast<float>(event.size.width),
                                                static_cast<float>(event.size.height))));
        m_dirty = true;
        return;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left) {
            press(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
        }
        return;
    case sf::Event::TouchBegan: press(static_cast<float>(event.touch.x), static_cast<float>(event.touch.y)); return;
    case sf::Event::MouseButtonReleased:
        if (event.mouseButton.button == sf::Mouse::Left) {
            release();
        }
        return;
    case sf::Event::TouchEnded: release(); return;
    case sf::Event::TextEntered: {
        const char32_t c = event.text.unicode;
        if (c == U'\b') {
            dispatch(ui::deleteBackward(context));
        } else if (c == U'\r' || c == U'\n') {
            if (m_state.session.screen == core::Screen::Question && m_state.session.dialog == core::Dialog::None) {
                apply(core::action::Next{});
            }
        } else if (c >= 0x20 && c != 0x7F) {
            const sf::String typed(static_cast<sf::Uint32>(c));
            const std::basic_string<sf::Uint8> utf8 = typed.toUtf8();
            dispatch(ui::typeText(std::string(utf8.begin(), utf8.end()), context));
        }
        return;
    }
    default: return;
    }
}

void KioskApp::redraw()
{
    const sf::Vector2u size = m_window.getSize();
    const ui::ScreenInput input{m_state.session,
                                m_context,
                                m_catalog,
                                m_offered,
                                m_state.ui,
                                static_cast<float>(size.x),
                                static_cast<float>(size.y),
                                m_demo,
                                &m_keyboards,
                                soundControls(*m_audio, m_context, m_state.session, m_locales.languages)};
    m_screen = buildCurrentScreen(input);
    m_timings.mark("layout");
    m_renderer.draw(m_window, m_screen);
    m_timings.mark("draw");
    m_dirty = false;
}

void KioskApp::frameShown(std::chrono::steady_clock::time_point started)
{
    ++m_frames;
    const double drawMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    if (m_options.widgetMap && !writeWidgetMap(*m_options.widgetMap, m_screen, m_frames, drawMs)) {
        m_log << "helder-kiosk: cannot write the widget map " << *m_options.widgetMap << '\n';
    }
}

bool KioskApp::saveScreenshot()
{
    sf::Texture capture;
    const sf::Vector2u size = m_window.getSize();
    if (!capture.create(size.x, size.y)) {
        return false;
    }
    capture.update(m_window);
    return ui::saveScreenPng(capture.copyToImage(), *m_options.screenshot);
}

bool KioskApp::open()
{
    sf::ContextSettings settings;
    if (m_options.kiosk) {
        m_window.create(sf::VideoMode::getDesktopMode(), "Helder", sf::Style::Fullscreen, settings);
    } else {
        m_window.create(sf::VideoMode(m_options.width, m_options.height), "Helder", sf::Style::Default, settings);
        m_window.setPosition({0, 0});
    }
    if (!m_window.isOpen()) {
        m_log << "helder-kiosk: cannot open a window\n";
        return false;
    }
    m_timings.mark("window");
    m_window.setMouseCursorVisible(!m_options.kiosk);
    if (!m_window.setActive(true) || !m_renderer.create()) {
        m_log << "helder-kiosk: cannot set up OpenGL drawing\n";
        return false;
    }
    m_timings.mark("renderer (glyph atlas)");
    if (!m_waiter.attach()) {
        m_log << "helder-kiosk: no X display connection to wait on\n";
        return false;
    }
    return true;
}

std::optional<std::chrono::steady_clock::time_point> KioskApp::update()
{
    sf::Event event;
    while (m_window.pollEvent(event)) {
        handleEvent(event);
    }
    tick();
    if (m_audio->update()) {
        m_dirty = true; // reading ended (or began): the speaker button changes
    }
    if (!m_dirty) {
        return std::nullopt;
    }
    m_timings.mark("events and timers");
    const auto started = std::chrono::steady_clock::now();
    redraw();
    return started;
}

std::chrono::milliseconds KioskApp::untilWake() const
{
    const auto due = wakeAt();
    std::int64_t timeout = due ? std::max<std::int64_t>(0, *due - nowMs()) : -1;
    // Speech being made or played, read-aloud starting, or the print worker's news: look again
    // soon. Silence and an idle screen need no wake-ups.
    if (m_audio->busy() || m_audio->starting()) {
        timeout = timeout < 0 ? audioPollMs : std::min(timeout, audioPollMs);
    }
    if (printerBusy()) {
        timeout = timeout < 0 ? printPollMs : std::min(timeout, printPollMs);
    }
    return std::chrono::milliseconds(timeout);
}

void KioskApp::frame()
{
    if (const auto started = update()) {
        m_window.display();
        m_timings.mark("display");
        frameShown(*started);
        m_timings.mark("widget map");
    }
}

int KioskApp::run()
{
    if (!open()) {
        return 1;
    }
    const bool once = m_options.smoke || m_options.screenshot.has_value();
    while (m_window.isOpen()) {
        if (once) {
            if (update()) {
                if (m_options.screenshot && !saveScreenshot()) {
                    m_log << "helder-kiosk: cannot save " << *m_options.screenshot << '\n';
                    return 1;
                }
                m_window.display();
                m_timings.mark("display");
                return m_outOfOrder ? 1 : 0;
            }
        } else {
            // Drawing takes locks inside ICU, fontconfig, FreeType and the allocator: the print
            // worker's children must not start while it holds one (ChildProcess.hpp).
            const std::lock_guard gate(printer::forkGate());
            frame();
        }
        m_waiter.wait(untilWake());
        m_timings.restart();
    }
    return 0;
}

} // namespace helder::app
