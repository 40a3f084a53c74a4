// The date picker of a date question (DESIGN §2): tabs for the day, the month and the year, and
// below them the choices of the shown part, each a target of at least 60 px. Month names come
// from ICU in the visitor's language, always in the Gregorian calendar (i18n::Formatter); days
// and years are written in Latin digits, as on the visitor's Belgian papers.

#include "i18n/Formatter.hpp"
#include "ui/DateChoice.hpp"
#include "ui/Screens.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace helder::ui {
namespace {

constexpr float minimumCell = 64.0F; // px: a little above the 60 px of a touch target

struct Cell {
    std::string id;
    std::string label;
    bool selected = false;
};

float cellHeight(const ScreenKit& kit)
{
    return std::clamp(kit.touch() * 0.9F, 60.0F, kit.touch());
}

float cellGap(const ScreenKit& kit)
{
    return kit.gap() * 0.5F;
}

std::vector<std::string> monthNames(const ScreenKit& kit)
{
    if (const i18n::Language* language = kit.input().languages.find(kit.language())) {
        if (auto formatter = i18n::Formatter::create(*language)) {
            std::vector<std::string> names = formatter->monthNames();
            if (names.size() == 12) {
                return names;
            }
        }
    }
    std::vector<std::string> numbers;
    for (int month = 1; month <= 12; ++month) {
        numbers.push_back(std::to_string(month));
    }
    return numbers;
}

// The cells in rows of equal length, as many columns as fit at `minWidth`; returns the height
// used, and draws them only with `draw`.
float grid(ScreenKit& kit, const std::vector<Cell>& cells, Rect area, float minWidth, std::string_view language,
           bool draw)
{
    if (cells.empty()) {
        return 0.0F;
    }
    const float gap = cellGap(kit);
    const auto fit = static_cast<std::size_t>(std::max(1.0F, std::floor((area.width + gap) / (minWidth + gap))));
    const std::size_t rows = (cells.size() + fit - 1) / fit;
    const std::size_t columns = (cells.size() + rows - 1) / rows;
    const float width = (area.width - static_cast<float>(columns - 1) * gap) / static_cast<float>(columns);
    const float height = cellHeight(kit);
    if (draw) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const Rect rect{area.x + static_cast<float>(i % columns) * (width + gap),
                            area.y + static_cast<float>(i / columns) * (height + gap), width, height};
            Widget& cell = kit.add(cells[i].id, WidgetKind::Key, cells[i].selected ? Role::Selected : Role::Key, rect);
            kit.addText(cell, cells[i].label, language,
                        Rect{rect.x + gap, rect.y, rect.width - 2.0F * gap, rect.height},
                        TextStyle{kit.body(), text::Weight::Regular, TextAlign::Center, false, true}, true);
        }
    }
    return static_cast<float>(rows) * (height + gap) - gap;
}

float widest(ScreenKit& kit, const std::vector<Cell>& cells, std::string_view language)
{
    float width = minimumCell;
    for (const Cell& cell : cells) {
        const float natural
            = kit.layout(cell.label, language, 100000.0F, TextStyle{kit.body(), text::Weight::Regular}).widestLine();
        width = std::max(width, natural + 3.0F * cellGap(kit));
    }
    return width;
}

struct Picker {
    ScreenKit& kit;
    const core::Question& question;
    DateChoice choice;
    YearRange years;

    Picker(ScreenKit& k, const core::Question& q)
        : kit(k), question(q), choice(currentDate(k.input().ui, k.input().session.draft)),
          years(yearRange(q, k.input().session.today))
    {
    }

    std::vector<Cell> days() const
    {
        std::vector<Cell> cells;
        for (int day = 1; day <= 31; ++day) {
            cells.push_back(Cell{"date/day/" + std::to_string(day), std::to_string(day), day == choice.day});
        }
        return cells;
    }

    std::vector<Cell> months() const
    {
        std::vector<Cell> cells;
        const std::vector<std::string> names = monthNames(kit);
        for (int month = 1; month <= 12; ++month) {
            cells.push_back(Cell{"date/month/" + std::to_string(month), names[static_cast<std::size_t>(month - 1)],
                                 month == choice.month});
        }
        return cells;
    }

    int shownDecade() const
    {
        const int chosen = kit.input().ui.dateDecade != 0 ? kit.input().ui.dateDecade
            : choice.year != 0                             ? choice.year / 10 * 10
                                                           : years.last / 10 * 10;
        return std::clamp(chosen, years.first / 10 * 10, years.last / 10 * 10);
    }

    std::vector<Cell> decades() const
    {
        std::vector<Cell> cells;
        const int shown = shownDecade();
        for (int decade = years.first / 10 * 10; decade <= years.last; decade += 10) {
            cells.push_back(Cell{"date/decade/" + std::to_string(decade),
                                 std::to_string(decade) + "–" + std::to_string((decade + 9) % 100 / 10)
                                     + std::to_string((decade + 9) % 10),
                                 decade == shown});
        }
        return cells;
    }

    std::vector<Cell> yearsOfDecade() const
    {
        std::vector<Cell> cells;
        const int decade = shownDecade();
        for (int year = std::max(decade, years.first); year <= std::min(decade + 9, years.last); ++year) {
            cells.push_back(Cell{"date/year/" + std::to_string(year), std::to_string(year), year == choice.year});
        }
        return cells;
    }

    // The choices of one part at the top of `area`; returns their height.
    float part(DatePart shown, Rect area, bool draw)
    {
        switch (shown) {
        case DatePart::Day: return grid(kit, days(), area, minimumCell, "en", draw);
        case DatePart::Month: {
            const std::vector<Cell> cells = months();
            return grid(kit, cells, area, widest(kit, cells, kit.language()), kit.language(), draw);
        }
        case DatePart::Year: {
            const std::vector<Cell> tens = decades();
            const float used = grid(kit, tens, area, widest(kit, tens, "en"), "en", draw);
            Rect rest = area;
            rest.y += used + kit.gap();
            return used + kit.gap() + grid(kit, yearsOfDecade(), rest, widest(kit, yearsOfDecade(), "en"), "en", draw);
        }
        }
        return 0.0F;
    }

    // The tallest part, so that the question does not jump when another part is shown.
    float partsHeight(Rect area)
    {
        return std::max({part(DatePart::Day, area, false), part(DatePart::Month, area, false),
                         part(DatePart::Year, area, false)});
    }

    std::string tabLabel(std::string_view key, int value, const std::vector<std::string>& names) const
    {
        std::string label = kit.tr(key) + ": ";
        if (value == 0) {
            return label + "…";
        }
        return label + (names.empty() ? std::to_string(value) : names[static_cast<std::size_t>(value - 1)]);
    }

    void tabs(Rect area)
    {
        const DatePart shown = kit.input().ui.datePart;
        const float width = (area.width - 2.0F * kit.gap()) / 3.0F;
        const std::vector<std::string> names = monthNames(kit);
        const std::array<std::tuple<const char*, const char*, int, DatePart>, 3> parts{{
            {"date/tab/day", "question.day", choice.day, DatePart::Day},
            {"date/tab/month", "question.month", choice.month, DatePart::Month},
            {"date/tab/year", "question.year", choice.year, DatePart::Year},
        }};
        float x = area.x;
        for (const auto& [id, key, value, datePart] : parts) {
            kit.button(id, tabLabel(key, value, datePart == DatePart::Month ? names : std::vector<std::string>{}),
                       datePart == shown ? Role::Selected : Role::Secondary, Rect{x, area.y, width, kit.touch()});
            x += width + kit.gap();
        }
    }
};

} // namespace

float datePickerHeight(ScreenKit& kit, const core::Question& question, float width)
{
    Picker picker(kit, question);
    return kit.touch() + kit.gap() + picker.partsHeight(Rect{0.0F, 0.0F, width, 0.0F});
}

void datePicker(ScreenKit& kit, const core::Question& question, Rect area)
{
    Picker picker(kit, question);
    picker.tabs(area);
    picker.part(kit.input().ui.datePart,
                Rect{area.x, area.y + kit.touch() + kit.gap(), area.width, area.height - kit.touch() - kit.gap()}, true);
}

std::string shownDate(ScreenKit& kit)
{
    const DateChoice choice = currentDate(kit.input().ui, kit.input().session.draft);
    if (choice.day == 0 && choice.month == 0 && choice.year == 0) {
        return {};
    }
    if (choice.complete()) {
        if (const auto date = core::Date::fromYmd(choice.year, choice.month, choice.day)) {
            if (const i18n::Language* language = kit.input().languages.find(kit.language())) {
                // Latin digits, as in the day and year cells below it ("14 مارس 1985").
                if (auto formatter = i18n::Formatter::create(*language, i18n::Digits::Latin)) {
                    return formatter->longDate(*date);
                }
            }
        }
    }
    const std::vector<std::string> names = monthNames(kit);
    const std::string gap = "  ·  ";
    return (choice.day != 0 ? std::to_string(choice.day) : std::string("…")) + gap
        + (choice.month != 0 ? names[static_cast<std::size_t>(choice.month - 1)] : std::string("…")) + gap
        + (choice.year != 0 ? std::to_string(choice.year) : std::string("…"));
}

} // namespace helder::ui
