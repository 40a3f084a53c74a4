#include "ui/ScreenDescription.hpp"

#include <ranges>

namespace helder::ui {

const Widget* ScreenDescription::widgetAt(float x, float y) const
{
    for (const Widget& widget : std::views::reverse(widgets)) {
        if (widget.kind == WidgetKind::Backdrop) {
            return nullptr;
        }
        if (widget.touchable() && widget.rect.contains(x, y)) {
            return &widget;
        }
    }
    return nullptr;
}

const Widget* ScreenDescription::find(std::string_view id) const
{
    for (const Widget& widget : widgets) {
        if (widget.id == id) {
            return &widget;
        }
    }
    return nullptr;
}

} // namespace helder::ui
