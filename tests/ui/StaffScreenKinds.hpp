#pragma once
// The staff screens and the failure screen laid out like the visitor's, for the checks that go
// over every screen: the PIN pad (empty, typed, wrong, locked) and the staff panel (all well, and
// with problems), and "something went wrong" on a question and on the review screen.

#include "ScreenKinds.hpp"
#include "ui/StaffScreens.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace helder::ui::test {

inline StaffPanelView troubledPanel()
{
    StaffPanelView view;
    view.output = "CUPS queue kiosk_a4";
    view.printerProblem = "media-empty-error, media-needed";
    view.formsLoaded = 1;
    view.unknownLanguages = {"xx"};
    view.problems = {"/etc/helder/forms/oud/form.json:3:5: error: /questions/0/type: unknown question type "
                     "\"txt\" [unknown-type]",
                     "/usr/share/helder/postcodes.csv:12:0: error: expected two columns: postcode,place [postcode-csv]"};
    view.testPrintSent = false;
    return view;
}

inline StaffPanelView healthyPanel()
{
    StaffPanelView view;
    view.output = "spool folder /run/helder/spool";
    view.printerReady = true;
    view.formsLoaded = 2;
    view.postcodes = 1147;
    view.testPrintSent = true;
    view.countsDay = "2026-11-22";
    view.counts = {"sessions_printed form=uitpas language=nl: 7", "sessions_started form=other language=other: 12"};
    return view;
}

// Every staff screen kind and the failure screen, in `language` at the visit's size and settings.
inline std::vector<std::pair<std::string, ScreenDescription>> staffScreens(const std::string& language,
                                                                           const Visit& settings)
{
    World& world = World::get();
    std::vector<std::pair<std::string, ScreenDescription>> screens;
    core::Session staff;
    staff.interfaceLanguage = language;
    const ScreenInput input{staff, world.context, world.catalog, world.locales.languages, settings.state.ui,
                            settings.width, settings.height, false};
    screens.emplace_back("pin-pad", buildPinPad(*world.engine, input, PinPadView{}));
    screens.emplace_back("pin-pad-typed", buildPinPad(*world.engine, input, PinPadView{12, false, 0}));
    screens.emplace_back("pin-pad-wrong", buildPinPad(*world.engine, input, PinPadView{0, true, 0}));
    screens.emplace_back("pin-pad-locked", buildPinPad(*world.engine, input, PinPadView{0, false, 4}));
    screens.emplace_back("staff-panel", buildStaffPanel(*world.engine, input, healthyPanel()));
    screens.emplace_back("staff-panel-problems", buildStaffPanel(*world.engine, input, troubledPanel()));

    // The walk to these screens is long: once per language.
    static std::map<std::string, std::vector<std::pair<std::string, Visit>>> walked;
    if (!walked.contains(language)) {
        for (auto& [name, visit] : screenKinds(language)) {
            if (name == "question-text" || name == "review") {
                walked[language].emplace_back(name, visit);
            }
        }
    }
    for (auto [name, visit] : walked[language]) {
        visit.state.ui = settings.state.ui;
        const ScreenInput failed{visit.state.session, world.context, world.catalog, world.locales.languages,
                                 visit.state.ui, settings.width, settings.height, true};
        screens.emplace_back("failure-" + name, buildSomethingWentWrong(*world.engine, failed));
    }
    return screens;
}

} // namespace helder::ui::test
