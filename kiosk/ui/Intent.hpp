#pragma once
// Event → action: what a tap on a widget, a typed character or a key means. Pure functions of
// the widget id and the state; the table of ids lives here and nowhere else.

#include "core/Action.hpp"
#include "core/Session.hpp"
#include "ui/ScreenDescription.hpp"
#include "ui/SoundControls.hpp"
#include "ui/UiState.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace helder::ui {

// A tap may change the session, the screen settings, or both (a language chosen in the picker
// also closes it).
struct Intent {
    std::optional<core::Action> action;
    std::optional<UiAction> ui;
    std::optional<SoundCommand> sound = std::nullopt; // read-aloud: the app's player, not the session
    [[nodiscard]] bool empty() const { return !action && !ui && !sound; }
};

struct IntentContext {
    const core::Session& session;
    const UiState& ui;
    std::string newSessionCode; // given to a form chosen now (random, from the app)
};

Intent intentFor(std::string_view widgetId, const IntentContext& context);

// A tap at a point of a laid-out screen.
Intent intentAt(const ScreenDescription& screen, float x, float y, const IntentContext& context);

// Text typed on a hardware keyboard, appended to the answer being typed; Arabic-Indic and
// Persian digits become Latin digits (DESIGN §2).
Intent typeText(std::string_view typed, const IntentContext& context);
Intent deleteBackward(const IntentContext& context);

// A key held down (ui/LongPress.hpp), or a Ge'ez consonant tapped: its choices open in a row.
Intent longPress(std::string_view keyId, const IntentContext& context);

} // namespace helder::ui
