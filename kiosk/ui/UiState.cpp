#include "ui/UiState.hpp"

namespace helder::ui {
namespace {

struct Apply {
    UiState& state;

    void operator()(const uiaction::CycleTextSize&) const
    {
        state.textSize = state.textSize == TextSize::Normal ? TextSize::Large
            : state.textSize == TextSize::Large             ? TextSize::Largest
                                                            : TextSize::Normal;
        state.reviewPage = 0;
    }
    void operator()(const uiaction::ToggleContrast&) const { state.highContrast = !state.highContrast; }
    void operator()(const uiaction::OpenLanguagePicker&) const { state.languagePicker = true; }
    void operator()(const uiaction::CloseOverlay&) const
    {
        state.languagePicker = false;
        state.help = false;
        state.longPressKey.clear();
        state.confirmRemove.reset();
    }
    void operator()(const uiaction::ToggleHelp&) const { state.help = !state.help; }
    void operator()(const uiaction::ToggleShift&) const { state.shift = !state.shift; }
    void operator()(const uiaction::ToggleSymbols&) const { state.symbols = !state.symbols; }
    void operator()(const uiaction::ShowReviewPage& page) const { state.reviewPage = page.page; }
    void operator()(const uiaction::ToggleLatin&) const
    {
        state.latin = !state.latin;
        state.symbols = false;
        state.longPressKey.clear();
    }
    void operator()(const uiaction::OpenLongPress& press) const { state.longPressKey = press.keyId; }
    void operator()(const uiaction::AfterTyping&) const
    {
        state.shift = false;
        state.longPressKey.clear();
    }
    void operator()(const uiaction::ShowDatePart& show) const { state.datePart = show.part; }
    void operator()(const uiaction::PickDate& pick) const
    {
        // Each choice moves on to the next part, so that three taps give a date.
        switch (pick.part) {
        case DatePart::Day:
            state.dateDay = pick.value;
            state.datePart = DatePart::Month;
            break;
        case DatePart::Month:
            state.dateMonth = pick.value;
            state.datePart = DatePart::Year;
            break;
        case DatePart::Year:
            if (pick.decade) {
                state.dateDecade = pick.value;
            } else {
                state.dateYear = pick.value;
            }
            break;
        }
    }
    void operator()(const uiaction::AskRemoveMember& ask) const { state.confirmRemove = ask.index; }
};

} // namespace

UiState applyUiAction(UiState state, const UiAction& action)
{
    std::visit(Apply{state}, action);
    return state;
}

UiState followSession(UiState state, const core::Session& before, const core::Session& after)
{
    // A wipe forgets the language too; Back from the form choice does not.
    if (after.screen == core::Screen::Welcome && after.interfaceLanguage.empty()
        && !before.interfaceLanguage.empty()) {
        return UiState{};
    }
    if (before.screen != after.screen || before.step != after.step) {
        state.help = false;
        state.shift = false;
        state.symbols = false;
        state.languagePicker = false;
        state.latin = false;
        state.longPressKey.clear();
        state.datePart = DatePart::Day;
        state.dateDay = 0;
        state.dateMonth = 0;
        state.dateYear = 0;
        state.dateDecade = 0;
        state.confirmRemove.reset();
        if (after.screen != core::Screen::Review) {
            state.reviewPage = 0;
        }
    }
    if (after.dialog != core::Dialog::None) {
        state.languagePicker = false;
        state.confirmRemove.reset();
    }
    return state;
}

float textScale(TextSize size)
{
    switch (size) {
    case TextSize::Normal: return 1.0F;
    case TextSize::Large: return 1.25F;
    case TextSize::Largest: return 1.5F;
    }
    return 1.0F;
}

} // namespace helder::ui
