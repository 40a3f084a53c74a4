#pragma once
// The speaker button ("sound/read", or "sound/stop" while reading) and the volume control
// beside it ("sound/softer", the gauge "sound/level", "sound/louder"), at the end side of a row.

#include "ui/ScreenKit.hpp"

namespace helder::ui {

// Nothing when the question cannot be read aloud; returns the width used.
float soundBar(ScreenKit& kit, Rect row);

} // namespace helder::ui
