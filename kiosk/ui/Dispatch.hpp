#pragma once
// One intent applied to the visitor's state: the session through core::update(), the screen
// settings through applyUiAction(), then the settings follow the session (a new question closes
// the help panel). The app and the journey tests both go through here.

#include "core/Effect.hpp"
#include "core/Interview.hpp"
#include "ui/Intent.hpp"
#include "ui/UiState.hpp"

#include <vector>

namespace helder::ui {

struct VisitorState {
    core::Session session;
    UiState ui;
};

struct Dispatched {
    VisitorState state;
    std::vector<core::Effect> effects;
};

Dispatched dispatch(const core::InterviewContext& context, VisitorState state, const Intent& intent);

} // namespace helder::ui
