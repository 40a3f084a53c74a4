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

// The date picker of a date question: tabs for day, month and year, then the choices of the
// shown part ("date/day/30", "date/month/7", "date/decade/1980", "date/year/1985").
[[nodiscard]] float datePickerHeight(ScreenKit& kit, const core::Question& question, float width);
void datePicker(ScreenKit& kit, const core::Question& question, Rect area);
// The date chosen so far, in the visitor's language ("30 juli 1985"); empty when nothing is.
[[nodiscard]] std::string shownDate(ScreenKit& kit);

// A dialog box in the middle of a dimmed screen; returns the area inside it.
Rect dialogBox(ScreenKit& kit, std::string_view id, float height, float preferredWidth = 900.0F);
// Two buttons side by side at the bottom of a dialog: the safe choice at the end side; without
// a first id, the second alone in the middle.
void dialogButtons(ScreenKit& kit, Rect inner, std::string_view firstId, std::string_view firstLabel,
                   std::string_view secondId, std::string_view secondLabel);

// Back at the start side and the primary button at the end side of the bottom bar.
void navigation(ScreenKit& kit, bool back, std::string_view nextId, std::string_view nextLabel);

} // namespace helder::ui
