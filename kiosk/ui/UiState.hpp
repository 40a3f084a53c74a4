#pragma once
// What the screens remember beside the visitor's session: text size, contrast, an open
// language picker or help panel, the page of the review list. It changes only through
// applyUiAction(), like the session through core::update().

#include "core/Session.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>

namespace helder::ui {

enum class TextSize { Normal, Large, Largest };

// The part of a date the date picker shows choices for.
enum class DatePart { Day, Month, Year };

struct UiState {
    TextSize textSize = TextSize::Normal;
    bool highContrast = false;
    bool languagePicker = false;
    bool help = false;
    bool shift = false;   // the on-screen keyboard types capitals
    bool symbols = false; // … or shows digits, accents and signs
    std::size_t reviewPage = 0;
    bool latin = false;       // the Latin keyboard instead of the interface language's script
    // The key whose choices are open: a long-pressed key ("key/char/a": ą), or a Ge'ez
    // consonant ("geez/consonant/3": its seven orders); empty: none.
    std::string longPressKey;
    DatePart datePart = DatePart::Day;
    // The date picker's choices so far; 0: not chosen yet (the typed answer then says).
    int dateDay = 0;
    int dateMonth = 0;
    int dateYear = 0;
    int dateDecade = 0;
    std::optional<std::size_t> confirmRemove; // "remove this person?" asked for this member
    friend bool operator==(const UiState&, const UiState&) = default;
};

namespace uiaction {
struct CycleTextSize {};
struct ToggleContrast {};
struct OpenLanguagePicker {};
struct CloseOverlay {};
struct ToggleHelp {};
struct ToggleShift {};
struct ToggleSymbols {};
struct ShowReviewPage { std::size_t page = 0; };
struct ToggleLatin {};
struct OpenLongPress { std::string keyId; };
struct AfterTyping {}; // a typed character drops shift and closes long-press choices
struct ShowDatePart { DatePart part = DatePart::Day; };
struct PickDate { DatePart part = DatePart::Day; int value = 0; bool decade = false; };
struct AskRemoveMember { std::size_t index = 0; };
} // namespace uiaction

using UiAction = std::variant<uiaction::CycleTextSize, uiaction::ToggleContrast,
    uiaction::OpenLanguagePicker, uiaction::CloseOverlay, uiaction::ToggleHelp, uiaction::ToggleShift,
    uiaction::ToggleSymbols, uiaction::ShowReviewPage, uiaction::ToggleLatin, uiaction::OpenLongPress,
    uiaction::AfterTyping, uiaction::ShowDatePart, uiaction::PickDate,
    uiaction::AskRemoveMember>;

UiState applyUiAction(UiState state, const UiAction& action);

// After the session changed: a new screen or question closes panels and pages; a wiped session
// also drops the previous visitor's text size and contrast.
UiState followSession(UiState state, const core::Session& before, const core::Session& after);

// The text size factor: 1, 1.25, 1.5.
float textScale(TextSize size);

} // namespace helder::ui
