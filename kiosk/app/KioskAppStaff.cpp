// KioskApp's config application, staff mode and fail-safe: kept apart from the window and
// print loop of KioskApp.cpp so that each file has one job.

#include "app/ExampleSession.hpp"
#include "app/KioskApp.hpp"
#include "app/OfferedLanguages.hpp"
#include "app/PinHash.hpp"
#include "app/PostcodeFile.hpp"
#include "app/Timers.hpp"
#include "ui/ScreenBuilder.hpp"

#include <SFML/Window/Event.hpp>

#include <algorithm>
#include <ostream>

namespace helder::app {

void KioskApp::applyConfig(const KioskConfig& config)
{
    OfferedLanguages offered = offeredLanguages(m_locales.languages, config.languages);
    m_offered = std::move(offered.languages);
    m_unknownLanguages = std::move(offered.unknown);
    for (const std::string& code : m_unknownLanguages) {
        m_log << "helder-kiosk: config: languages: no locale for \"" << code << "\"\n";
    }

    if (config.postcodesFile) {
        auto table = readPostcodeFile(*config.postcodesFile);
        if (table) {
            m_postcodes = std::move(*table);
            m_context.postcodes = &*m_postcodes;
            m_log << "helder-kiosk: " << m_postcodes->size() << " postcode(s) from " << *config.postcodesFile << '\n';
        } else {
            m_postcodeProblem = table.error();
            m_log << "helder-kiosk: postcodes checked by range only: " << m_postcodeProblem << '\n';
        }
    }

    m_context.workerLanguage = config.workerLanguage.value_or("");

    if (config.staffPinHash) {
        m_staff = StaffMode([hash = *config.staffPinHash](std::string_view pin) { return verifyPin(hash, pin); });
    }
    m_log << "helder-kiosk: staff mode " << (m_staff.enabled() ? "on" : "off (no staff_pin_hash)") << '\n';
    loadForms();
}

void KioskApp::loadForms()
{
    m_forms = FormLibrary::load(m_formsFolder, m_localFormsFolder, m_state.session.today);
    for (const core::Diagnostic& problem : m_forms.problems) {
        m_log << "helder-kiosk: skipped: " << problem.file << ": " << problem.message << '\n';
    }
    for (const std::string& id : m_forms.replaced) {
        m_log << "helder-kiosk: the local form " << id << " replaces the shipped one\n";
    }
    m_log << "helder-kiosk: " << m_forms.forms.size() << " form(s) from " << m_formsFolder
          << (m_localFormsFolder ? " and " + m_localFormsFolder->string() : std::string()) << '\n';
    m_context.forms = m_forms.forms;
}

bool KioskApp::inStaffCorner(float x, float y) const
{
    // The top-left corner of the glass, wherever the layout puts its buttons; only where no
    // button is, so that the press is not also a tap.
    const float side = 56.0F * std::max(1.0F, static_cast<float>(m_window.getSize().y) / 800.0F);
    return m_staff.enabled() && x < side && y < side && m_screen.widgetAt(x, y) == nullptr;
}

bool KioskApp::handleStaffEvent(const sf::Event& event)
{
    const std::int64_t now = nowMs();
    std::optional<sf::Vector2f> down;
    if (event.type == sf::Event::MouseButtonPressed && event.mouseButton.button == sf::Mouse::Left) {
        down = sf::Vector2f(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
    } else if (event.type == sf::Event::TouchBegan) {
        down = sf::Vector2f(static_cast<float>(event.touch.x), static_cast<float>(event.touch.y));
    }
    switch (event.type) {
    case sf::Event::MouseButtonReleased:
    case sf::Event::TouchEnded: m_staffCorner.release(); return m_staff.isOpen();
    case sf::Event::MouseMoved:
        m_staffCorner.move(inStaffCorner(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y)));
        return false;
    case sf::Event::TouchMoved:
        m_staffCorner.move(inStaffCorner(static_cast<float>(event.touch.x), static_cast<float>(event.touch.y)));
        return false;
    case sf::Event::TextEntered: return m_staff.isOpen() || m_failSafe.failed(); // touch only
    default: break;
    }
    if (!down) {
        return false;
    }
    const ui::Widget* widget = m_screen.widgetAt(down->x, down->y);
    if (m_staff.isOpen()) {
        if (widget) {
            const StaffCommand command = m_staff.tap(widget->id, now);
            m_failSafe.attempt("running a staff command", [&] { runStaffCommand(command); });
        }
        m_dirty = true;
        return true;
    }
    m_staffCorner.press(inStaffCorner(down->x, down->y), now);
    if (m_failSafe.failed()) {
        if (widget) {
            const FailSafe::Recovery recovery = m_failSafe.recover(widget->id);
            if (recovery.action) {
                apply(*recovery.action);
            }
        }
        m_dirty = true;
        return true;
    }
    return false;
}

void KioskApp::handleEvent(const sf::Event& event)
{
    if (handleStaffEvent(event)) {
        return;
    }
    m_failSafe.attempt("handling an input event on the " + describeScreen(m_state.session),
                       [&] { handleVisitorEvent(event); });
    m_dirty = m_dirty || m_failSafe.failed();
}

void KioskApp::dispatch(const ui::Intent& intent)
{
    if (intent.empty()) {
        return;
    }
    m_failSafe.attemptKeeping(describeIntent(intent) + " on the " + describeScreen(m_state.session), m_state,
                              [&] { dispatchUnguarded(intent); });
    m_dirty = true;
}

void KioskApp::tickStaff(std::int64_t now)
{
    const auto due = staffWake();
    if (m_staffCorner.fire(now)) {
        m_staff.open(now);
        m_log << "helder-kiosk: staff PIN pad opened\n";
    }
    m_staff.tick(now);
    if (due && now >= *due) {
        m_dirty = true; // the lockout's minutes, or staff mode closed itself
    }
}

std::optional<std::int64_t> KioskApp::staffWake() const
{
    const auto press = m_staffCorner.due();
    const auto staff = m_staff.nextWake(nowMs());
    if (press && staff) {
        return std::min(*press, *staff);
    }
    return press ? press : staff;
}

std::optional<std::int64_t> KioskApp::wakeAt() const
{
    std::optional<std::int64_t> due = m_failSafe.failed() ? std::nullopt : nextWake(m_state.session, m_context.settings);
    for (const auto other : {staffWake(), m_longPress.due(), countersWake()}) {
        if (other && (!due || *other < *due)) {
            due = other;
        }
    }
    return due;
}

void KioskApp::runStaffCommand(StaffCommand command)
{
    switch (command) {
    case StaffCommand::None: return;
    case StaffCommand::ExitKiosk:
        m_log << "helder-kiosk: staff closed the kiosk\n";
        m_window.close();
        return;
    case StaffCommand::ReloadForms:
        // The visit in progress may use a form that changes: it starts again, its jobs cancelled.
        if (m_state.session.screen != core::Screen::Welcome) {
            apply(core::action::AskStartAgain{});
            apply(core::action::ConfirmStartAgain{});
        }
        loadForms();
        m_log << "helder-kiosk: staff reloaded the forms\n";
        return;
    case StaffCommand::TestPrint: {
        const auto model = std::ranges::find_if(m_forms.forms, [](const core::Template& form) { return form.model; });
        const core::Template* form = model != m_forms.forms.end() ? &*model
            : m_forms.forms.empty()                               ? nullptr
                                                                  : &m_forms.forms.front();
        // The print worker reports the outcome (collectPrintNews); the panel shows it then.
        m_testPrintSent.reset();
        if (form && m_printJobs) {
            m_printJobs->print(exampleSession(*form, std::string(staffTestPrintCode), m_state.session.today), false);
            m_log << "helder-kiosk: staff test print started\n";
        } else {
            m_testPrintSent = false;
            m_log << "helder-kiosk: staff test print failed: " << (form ? "no printer" : "no form") << '\n';
        }
        return;
    }
    }
}

std::string KioskApp::staffLanguage() const
{
    // The desk's language when the config names one the kiosk has, else the first offered one:
    // never the language the last visitor chose.
    if (!m_context.workerLanguage.empty() && m_locales.languages.find(m_context.workerLanguage)) {
        return m_context.workerLanguage;
    }
    return m_offered.empty() ? std::string(i18n::Catalog::referenceLanguage) : m_offered.languages().front().code;
}

ui::StaffPanelView KioskApp::staffPanelView()
{
    ui::StaffPanelView view;
    view.formsLoaded = m_forms.forms.size();
    if (m_postcodes) {
        view.postcodes = m_postcodes->size();
    }
    view.unknownLanguages = m_unknownLanguages;
    for (const core::Diagnostic& problem : m_forms.problems) {
        view.problems.push_back(core::formatDiagnostic(problem));
    }
    if (!m_postcodeProblem.empty()) {
        view.problems.push_back(m_postcodeProblem);
    }
    view.testPrintSent = m_testPrintSent;
    if (const auto& report = m_counters.lastReport()) {
        view.countsDay = report->day.toIso();
        view.counts = core::describe(*report);
    }
    if (!m_printer) {
        view.output = "-";
        view.printerProblem = "no PDF filler or print output (see the log)";
        return view;
    }
    view.output = m_printer->describe();
    const auto status = m_printer->status();
    if (!status) {
        view.printerProblem = status.error().code + ": " + status.error().message;
        return view;
    }
    std::string reasons;
    for (const std::string& reason : status->reasons) {
        reasons += (reasons.empty() ? "" : ", ") + reason;
    }
    view.printerReady = status->acceptingJobs && status->state != "stopped" && reasons.empty();
    view.printerProblem = reasons.empty() ? status->state + (status->acceptingJobs ? "" : ", not accepting jobs")
                                          : reasons;
    return view;
}

ui::ScreenDescription KioskApp::buildCurrentScreen(const ui::ScreenInput& input)
{
    ui::ScreenDescription screen;
    if (m_staff.isOpen()) {
        core::Session staffSession;
        staffSession.interfaceLanguage = staffLanguage();
        const ui::UiState staffSettings; // not the last visitor's text size or contrast
        const ui::ScreenInput staffInput{staffSession,   input.context, input.catalog, m_locales.languages,
                                         staffSettings, input.width,   input.height,  false};
        const bool built = m_failSafe.attempt("drawing a staff screen", [&] {
            screen = m_staff.view() == StaffMode::View::PinPad
                ? ui::buildPinPad(*m_engine, staffInput, m_staff.pinPad(nowMs()))
                : ui::buildStaffPanel(*m_engine, staffInput, staffPanelView());
        });
        if (built) {
            return screen;
        }
        m_staff.close();
    }
    if (m_outOfOrder) {
        return ui::buildOutOfOrder(*m_engine, input);
    }
    if (!m_failSafe.failed()
        && m_failSafe.attempt("drawing the " + describeScreen(input.session),
                              [&] { screen = ui::buildScreen(*m_engine, input); })) {
        return screen;
    }
    if (m_failSafe.attempt("drawing the failure screen", [&] { screen = ui::buildSomethingWentWrong(*m_engine, input); })) {
        return screen;
    }
    // Not even that could be laid out: a plain page, and the staff corner still works.
    screen = ui::ScreenDescription{};
    screen.width = input.width;
    screen.height = input.height;
    return screen;
}

} // namespace helder::app
