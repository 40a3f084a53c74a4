#include "ui/ScreenKit.hpp"

#include "text/Fitting.hpp"

#include <algorithm>

namespace helder::ui {
namespace {

constexpr float minimumTouch = 60.0F; // px: the smallest target a finger hits reliably

} // namespace

ScreenKit::ScreenKit(text::TextEngine& engine, const ScreenInput& input)
    : m_engine(engine)
    , m_input(input)
    , m_theme(input.ui.highContrast ? Theme::contrast() : Theme::standard())
    , m_language(input.session.interfaceLanguage.empty() ? std::string(i18n::Catalog::referenceLanguage)
                                                         : input.session.interfaceLanguage)
{
    m_scale = std::max(0.5F, std::min(input.width / 1280.0F, input.height / 800.0F));
    if (input.width < input.height) {
        m_scale = std::max(0.5F, std::min(input.width / 800.0F, input.height / 1280.0F));
    }
    m_body = 28.0F * m_scale * textScale(input.ui.textSize);
    m_gap = 16.0F * m_scale;
    m_touch = std::max(minimumTouch, 72.0F * m_scale * (0.8F + 0.2F * textScale(input.ui.textSize)));
    const float topHeight = std::max(minimumTouch, 64.0F * m_scale) + 2.0F * m_gap * 0.75F;
    const float bottomHeight = m_touch + 2.0F * m_gap;
    m_content = Rect{m_gap * 2.0F, topHeight + m_gap, input.width - 4.0F * m_gap,
                     input.height - topHeight - bottomHeight - 2.0F * m_gap};
    m_bottom = Rect{0.0F, input.height - bottomHeight, input.width, bottomHeight};
    m_screen.width = input.width;
    m_screen.height = input.height;
    m_screen.rightToLeft = isRightToLeft(m_language);
    m_screen.background = m_theme.colors(Role::Screen).fill;
}

std::string ScreenKit::tr(std::string_view key, const i18n::MessageArgs& args) const
{
    return m_input.catalog.format(m_language, key, args);
}

bool ScreenKit::isRightToLeft(std::string_view language) const
{
    const i18n::Language* found = m_input.languages.find(language);
    return found && found->direction == i18n::Direction::Rtl;
}

Widget& ScreenKit::add(std::string id, WidgetKind kind, Role role, Rect rect)
{
    const RoleColors colors = m_theme.colors(role);
    Widget widget;
    widget.id = std::move(id);
    widget.kind = kind;
    widget.role = role;
    widget.rect = rect;
    widget.fill = colors.fill;
    widget.border = colors.border;
    widget.borderWidth = kind == WidgetKind::Label ? 0.0F : std::max(1.0F, 2.0F * m_scale);
    m_screen.widgets.push_back(std::move(widget));
    return m_screen.widgets.back();
}

text::LayoutRequest ScreenKit::request(std::string_view textValue, std::string_view language, float width,
                                       TextStyle style) const
{
    text::LayoutRequest request;
    request.text = std::string(textValue);
    request.language = std::string(language);
    request.fontSize = style.size;
    request.weight = style.weight;
    request.maxWidth = std::max(1.0F, width);
    request.alignment = style.align == TextAlign::Center ? text::Alignment::Center : text::Alignment::Start;
    request.direction = isRightToLeft(language) ? text::BaseDirection::RightToLeft
                                                : text::BaseDirection::Auto;
    return request;
}

text::Layout ScreenKit::layout(std::string_view textValue, std::string_view language, float width,
                               TextStyle style)
{
    return m_engine.layout(request(textValue, language, width, style));
}

float ScreenKit::addText(Widget& widget, std::string_view textValue, std::string_view language, Rect box,
                         TextStyle style, bool fit)
{
    if (textValue.empty()) {
        return 0.0F;
    }
    if (style.oneLine) {
        const float natural = layout(textValue, language, 100000.0F, style).widestLine();
        if (natural > box.width && natural > 0.0F) {
            style.size *= box.width / natural * 0.97F;
        }
    }
    text::Layout laidOut = layout(textValue, language, box.width, style);
    const bool tooWide = laidOut.widestLine() > box.width + 0.5F;
    if (fit && (laidOut.height > box.height || tooWide)) {
        // Measured exactly as it is laid out (direction and alignment included).
        style.size = text::shrinkToFit(m_engine, request(textValue, language, box.width, style), box.width,
                                       box.height, style.size * 0.5F);
        laidOut = layout(textValue, language, box.width, style);
    }
    const RoleColors colors = m_theme.colors(widget.role);
    TextItem item;
    item.x = box.x;
    item.y = fit ? box.y + std::max(0.0F, (box.height - laidOut.height) / 2.0F) : box.y;
    item.color = style.muted ? colors.muted : colors.text;
    const float height = laidOut.height;
    item.layout = std::move(laidOut);
    widget.texts.push_back(std::move(item));
    return height;
}

void ScreenKit::addIcon(Widget& widget, std::string_view name, Rect box, float size)
{
    auto icon = m_engine.layoutIcon(name, size);
    if (!icon) {
        return;
    }
    TextItem item;
    item.x = box.x + (box.width - icon->width) / 2.0F;
    item.y = box.y + (box.height - icon->height) / 2.0F;
    item.color = m_theme.colors(widget.role).text;
    item.layout = std::move(*icon);
    widget.texts.push_back(std::move(item));
}

Widget& ScreenKit::button(std::string id, std::string_view label, Role role, Rect rect, std::string_view icon)
{
    Widget& widget = add(std::move(id), WidgetKind::Button, role, rect);
    const float padding = m_gap;
    Rect textBox{rect.x + padding, rect.y + padding * 0.4F, rect.width - 2.0F * padding,
                 rect.height - padding * 0.8F};
    if (!icon.empty()) {
        const float iconSize = std::min(rect.height * 0.55F, m_body * 1.3F);
        const Rect iconBox = label.empty()
            ? rect
            : Rect{rect.x + padding * 0.6F, rect.y, iconSize + padding * 0.4F, rect.height};
        addIcon(widget, icon, iconBox, iconSize);
        if (!label.empty()) {
            textBox.x = iconBox.right() + padding * 0.4F;
            textBox.width = rect.right() - padding - textBox.x;
        }
    }
    if (!label.empty()) {
        TextStyle style{m_body, text::Weight::Bold, icon.empty() ? TextAlign::Center : TextAlign::Start, false};
        addText(widget, label, m_language, textBox, style, true);
    }
    return widget;
}

float ScreenKit::paragraph(std::string id, std::string_view textValue, std::string_view language, Rect area,
                           TextStyle style, Role role)
{
    Widget& widget = add(std::move(id), WidgetKind::Label, role, area);
    const float height = addText(widget, textValue, language, area, style);
    widget.rect.height = height;
    return height;
}

Rect ScreenKit::keepOrder(Rect rect) const
{
    if (m_screen.rightToLeft) {
        rect.x = m_screen.width - rect.x - rect.width;
    }
    return rect;
}

ScreenDescription ScreenKit::finish()
{
    if (m_screen.rightToLeft) {
        const float width = m_screen.width;
        for (Widget& widget : m_screen.widgets) {
            widget.rect.x = width - widget.rect.x - widget.rect.width;
            for (TextItem& item : widget.texts) {
                item.x = width - item.x - item.layout.width;
            }
        }
    }
    return std::move(m_screen);
}

} // namespace helder::ui
