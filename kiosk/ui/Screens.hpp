#pragma once
// The builders of each screen of the visitor's way through (DESIGN §2), used by buildScreen().

#include "core/Template.hpp"
#include "ui/ScreenKit.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace helder::ui {

// Titles shown in one language after another change every so often (the app wakes up for it).
inline constexpr std::int64_t titleCycleMs = 4000;

void buildWelcome(ScreenKit& kit);
void buildChooseForm(ScreenKit& kit);
void buildBeforeStart(ScreenKit& kit, const core::Template& form);
void buildQuestion(ScreenKit& kit, const core::Template& form);
void buildReview(ScreenKit& kit, const core::Template& form);
void buildPrinting(ScreenKit& kit);
void buildPrintFault(ScreenKit& kit);
void buildDone(ScreenKit& kit);

// The grid of interface languages by endonym: "lang/<code>" cards; returns the grid's height.
float languageGrid(ScreenKit& kit, Rect area);

// The form's texts in `language`, else in its official language; nullptr when it has neither.
const core::FormTexts* formTexts(const core::Template& form, std::string_view language);
// The language those texts are in.
std::string formTextLanguage(const core::Template& form, std::string_view language);

const core::QuestionTexts* questionTexts(const core::Template& form, std::string_view language,
                                         std::string_view questionId);

struct NavigationWidths {
    float back = 0.0F;
    float middle = 0.0F; // "I don't know", beside Back
    float next = 0.0F;
};
NavigationWidths navigationWidths(const ScreenKit& kit);

// Back at the start side and the primary button at the end side of the bottom bar.
void navigation(ScreenKit& kit, bool back, std::string_view nextId, std::string_view nextLabel);

} // namespace helder::ui
