#pragma once
// How a widget wants its value drawn: the font size and colour of its default appearance (/DA)
// and the border, background and rotation of its appearance characteristics (/MK).

#include <podofo/podofo.h>

#include <string>
#include <string_view>

namespace helder::printer {

struct WidgetStyle {
    double fontSize = 0;            // 0: fit the box (DA "0 Tf")
    std::string textColour = "0 g"; // a fill colour operator with its operands
    std::string background;         // fill colour operator, empty for none
    std::string border;             // stroke colour operator, empty for none
    double borderWidth = 1;
    int rotation = 0;               // 0, 90, 180 or 270, counter-clockwise
};

// Font size and colour of a /DA string ("/Helv 0 Tf 0 g"); other operators are ignored.
void applyDefaultAppearance(std::string_view defaultAppearance, WidgetStyle& style);

// The style of `widget`: its own /DA when it has one, else `inheritedDa`; then its /MK and /BS.
// May throw PoDoFo::PdfError on a damaged object.
WidgetStyle readWidgetStyle(const PoDoFo::PdfObject& widget, std::string_view inheritedDa);

} // namespace helder::printer
