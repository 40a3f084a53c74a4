#pragma once
// What the screens remember beside the visitor's session: text size, contrast, an open
// language picker or help panel, the page of the review list. It changes only through
// applyUiAction(), like the session through core::update().

#include "core/Session.hpp"

#include <cstddef>
#include <variant>

namespace helder::ui {

enum class TextSize { Normal, Large, Largest };

struct UiState {
    TextSize textSize = TextSize::Normal;
    bool highContrast = false;
    bool languagePicker = false;
    bool help = false;
    bool shift = false;   // the on-screen keyboard types capitals
    bool symbols = false; // … or shows digits, accents and signs
    std::size_t reviewPage = 0;
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
} // namespace uiaction

using UiAction = std::variant<uiaction::CycleTextSize, uiaction::ToggleContrast,
    uiaction::OpenLanguagePicker, uiaction::CloseOverlay, uiaction::ToggleHelp, uiaction::ToggleShift,
    uiaction::ToggleSymbols, uiaction::ShowReviewPage>;

UiState applyUiAction(UiState state, const UiAction& action);

// After the session changed: a new screen or question closes panels and pages; a wiped session
// also drops the previous visitor's text size and contrast.
UiState followSession(UiState state, const core::Session& before, const core::Session& after);

// The text size factor: 1, 1.25, 1.5.
float textScale(TextSize size);

} // namespace helder::ui
