#pragma once
// The date being chosen on the date picker: the day, month and year tapped so far, completed by
// the date already typed (a date answer given before, or typed on a hardware keyboard), and the
// years a question allows.

#include "core/Date.hpp"
#include "core/Template.hpp"
#include "ui/UiState.hpp"

#include <string>
#include <string_view>

namespace helder::ui {

struct DateChoice {
    int day = 0; // 0: not chosen
    int month = 0;
    int year = 0;
    [[nodiscard]] bool complete() const { return day != 0 && month != 0 && year != 0; }
};

// The picker's choices over the draft's date.
[[nodiscard]] DateChoice currentDate(const UiState& ui, std::string_view draft);

// "1985-07-30": what a complete choice types into the answer. An impossible day (30 February)
// is typed as it stands, so that the date check says so.
[[nodiscard]] std::string typedDate(const DateChoice& choice);

struct YearRange {
    int first = 0;
    int last = 0;
};

// From the question's rules: its min and max dates, not in the future; otherwise about a
// lifetime back and a few years ahead of today.
[[nodiscard]] YearRange yearRange(const core::Question& question, core::Date today);

} // namespace helder::ui
