#pragma once
// One laid-out element of a screen: a stable id that tests and hit-testing use
// ("nav/next", "lang/ar", "choice/leefloon"), a rectangle in window pixels, colours and its
// texts already laid out by the text engine.

#include "text/Layout.hpp"
#include "ui/Color.hpp"
#include "ui/Theme.hpp"

#include <string>
#include <vector>

namespace helder::ui {

struct Rect {
    float x = 0.0F;
    float y = 0.0F;
    float width = 0.0F;
    float height = 0.0F;

    [[nodiscard]] bool contains(float px, float py) const
    {
        return px >= x && px < x + width && py >= y && py < y + height;
    }
    [[nodiscard]] float right() const { return x + width; }
    [[nodiscard]] float bottom() const { return y + height; }
};

enum class WidgetKind {
    Panel,    // a surface without its own meaning (bar, dialog box)
    Label,    // text that is not touched
    Button,
    Card,
    TextField,
    Caret,
    Key,
    Badge,
    Backdrop, // dims the screen and catches every tap below a dialog
};

// Text at (x, y): the top-left corner of the layout's box, in window pixels.
struct TextItem {
    text::Layout layout;
    float x = 0.0F;
    float y = 0.0F;
    Color color;
};

struct Widget {
    std::string id;
    WidgetKind kind = WidgetKind::Label;
    Role role = Role::Screen;
    Rect rect;
    Color fill;
    Color border;
    float borderWidth = 0.0F;
    std::vector<TextItem> texts;
    bool longPress = false; // a key held down opens more choices instead of typing (ui/LongPress.hpp)

    [[nodiscard]] bool touchable() const
    {
        return kind == WidgetKind::Button || kind == WidgetKind::Card || kind == WidgetKind::Key
            || kind == WidgetKind::TextField;
    }
};

} // namespace helder::ui
