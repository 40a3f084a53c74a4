#pragma once
// From the session, the forms, the interface texts, the screen settings and the window size to a
// laid-out screen description: the one place that decides what is where.

#include "text/TextEngine.hpp"
#include "ui/ScreenDescription.hpp"
#include "ui/ScreenInput.hpp"

namespace helder::ui {

ScreenDescription buildScreen(text::TextEngine& engine, const ScreenInput& input);

// "This kiosk is out of order. Please ask at the desk.", in one language after another: the
// kiosk cannot serve visitors (a bad config) but must not crash or restart in a loop.
ScreenDescription buildOutOfOrder(text::TextEngine& engine, const ScreenInput& input);

} // namespace helder::ui
