#include "ui/DateChoice.hpp"

#include "core/Validators.hpp"

#include <algorithm>
#include <iomanip>
#include <locale>
#include <sstream>

namespace helder::ui {
namespace {

constexpr int lifetimeYears = 110;
constexpr int yearsAhead = 10;

} // namespace

DateChoice currentDate(const UiState& ui, std::string_view draft)
{
    DateChoice choice;
    if (const core::ValidationResult typed = core::validateDate(draft, core::Date())) {
        if (const auto date = core::Date::parseIso(*typed)) {
            choice = DateChoice{date->day(), date->month(), date->year()};
        }
    }
    choice.day = ui.dateDay != 0 ? ui.dateDay : choice.day;
    choice.month = ui.dateMonth != 0 ? ui.dateMonth : choice.month;
    choice.year = ui.dateYear != 0 ? ui.dateYear : choice.year;
    return choice;
}

std::string typedDate(const DateChoice& choice)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << std::setfill('0') << std::setw(4) << choice.year << '-' << std::setw(2) << choice.month << '-'
        << std::setw(2) << choice.day;
    return out.str();
}

YearRange yearRange(const core::Question& question, core::Date today)
{
    YearRange range{today.year() - lifetimeYears, today.year() + yearsAhead};
    if (question.notInFuture) {
        range.last = today.year();
    }
    if (question.min) {
        if (const std::optional<core::Date> date = question.min->asDate()) {
            range.first = date->year();
        }
    }
    if (question.max) {
        if (const std::optional<core::Date> date = question.max->asDate()) {
            range.last = date->year();
        }
    }
    range.first = std::min(range.first, range.last);
    return range;
}

} // namespace helder::ui
