#pragma once
// The building blocks every screen is made of: metrics that scale with the window and the text
// size, translated texts, and widgets with their texts laid out by the text engine. Screens are
// built as if they ran left to right; finish() mirrors the whole layout for a right-to-left
// interface language.

#include "i18n/MessageArgs.hpp"
#include "text/LayoutRequest.hpp"
#include "text/TextEngine.hpp"
#include "ui/ScreenDescription.hpp"
#include "ui/ScreenInput.hpp"
#include "ui/Theme.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace helder::ui {

enum class TextAlign { Start, Center };

struct TextStyle {
    float size = 0.0F; // px
    text::Weight weight = text::Weight::Regular;
    TextAlign align = TextAlign::Start;
    bool muted = false;
    bool oneLine = false; // shrink rather than wrap (a name that must not break, like an endonym)
};

class ScreenKit {
public:
    ScreenKit(text::TextEngine& engine, const ScreenInput& input);

    // ---- metrics (px) ----
    [[nodiscard]] float scale() const { return m_scale; }      // the window against 1280×800
    [[nodiscard]] float body() const { return m_body; }        // body text size, text size applied
    [[nodiscard]] float title() const { return m_body * 1.3F; }
    [[nodiscard]] float small() const { return m_body * 0.85F; }
    [[nodiscard]] float gap() const { return m_gap; }
    [[nodiscard]] float touch() const { return m_touch; }      // height of an ordinary button
    [[nodiscard]] Rect content() const { return m_content; }   // between the top and bottom bars
    [[nodiscard]] Rect bottomBar() const { return m_bottom; }
    [[nodiscard]] const Theme& theme() const { return m_theme; }
    [[nodiscard]] const ScreenInput& input() const { return m_input; }
    [[nodiscard]] text::TextEngine& engine() { return m_engine; }

    // ---- texts ----
    [[nodiscard]] const std::string& language() const { return m_language; }
    [[nodiscard]] std::string tr(std::string_view key, const i18n::MessageArgs& args = {}) const;
    [[nodiscard]] bool isRightToLeft(std::string_view language) const;
    // The interface language runs right to left: the whole layout will be mirrored.
    [[nodiscard]] bool screenRightToLeft() const { return m_screen.rightToLeft; }

    // ---- widgets ----
    Widget& add(std::string id, WidgetKind kind, Role role, Rect rect);
    // Text laid out in `box` (wrapping at its width) in `language`; returns its height. With
    // `fit`, the size shrinks until the text fits the box's height too.
    float addText(Widget& widget, std::string_view textValue, std::string_view language, Rect box,
                  TextStyle style, bool fit = false);
    // A pictogram of Material Icons, centred in `box`; nothing when the font lacks it.
    void addIcon(Widget& widget, std::string_view name, Rect box, float size);

    // A button with an optional pictogram before its label (in the interface language).
    Widget& button(std::string id, std::string_view label, Role role, Rect rect,
                   std::string_view icon = {});
    // A paragraph (not touchable) at the top of `area`; returns its height.
    float paragraph(std::string id, std::string_view textValue, std::string_view language, Rect area,
                    TextStyle style, Role role = Role::Screen);

    // A text laid out at `width` as addText() would, to measure it before placing it.
    [[nodiscard]] text::Layout layout(std::string_view textValue, std::string_view language,
                                      float width, TextStyle style);

    // A rectangle whose place must survive the mirroring of a right-to-left screen: the keys of
    // a Latin keyboard or a keypad keep their order whatever the interface language.
    [[nodiscard]] Rect keepOrder(Rect rect) const;

    ScreenDescription finish();

private:
    [[nodiscard]] text::LayoutRequest request(std::string_view textValue, std::string_view language, float width,
                                              TextStyle style) const;

    text::TextEngine& m_engine;
    const ScreenInput& m_input;
    Theme m_theme;
    std::string m_language;
    float m_scale = 1.0F;
    float m_body = 28.0F;
    float m_gap = 16.0F;
    float m_touch = 72.0F;
    Rect m_content;
    Rect m_bottom;
    ScreenDescription m_screen;
};

} // namespace helder::ui
