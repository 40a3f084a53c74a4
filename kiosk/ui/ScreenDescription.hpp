#pragma once
// A whole screen as data: widgets in drawing order (later ones on top). The renderer draws it,
// hit-testing and tests read it; nothing else knows where things are.

#include "ui/Widget.hpp"

#include <string_view>
#include <vector>

namespace helder::ui {

struct ScreenDescription {
    float width = 0.0F;
    float height = 0.0F;
    bool rightToLeft = false; // the interface language runs right to left: the layout is mirrored
    Color background;
    std::vector<Widget> widgets;

    // The topmost touchable widget at a point; nullptr when there is none or a dialog's backdrop
    // covers it.
    [[nodiscard]] const Widget* widgetAt(float x, float y) const;
    [[nodiscard]] const Widget* find(std::string_view id) const;
    [[nodiscard]] bool has(std::string_view id) const { return find(id) != nullptr; }
};

} // namespace helder::ui
