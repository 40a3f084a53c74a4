#pragma once
// The colours of the screens: a calm default and a high-contrast theme (DESIGN §2). Every pair
// of text and its background must reach 4.5:1 (7:1 in high contrast); the tests compute it.

#include "ui/Color.hpp"

namespace helder::ui {

// What a surface is for; each role has a fill, a border and a text colour.
enum class Role {
    Screen,     // the page background
    Bar,        // the top bar with language, text size, contrast and "Start again"
    Primary,    // the button that moves on (Next, Start, Print)
    Secondary,  // other buttons
    Card,       // a form, a choice, a language
    Selected,   // a chosen card or answer
    Field,      // the text being typed
    Key,        // a key of the on-screen keyboard
    Badge,      // "Demo: no printer"
    Problem,    // a failed check
    Hint,       // "You may also have a right to …"
    Dialog,     // a dialog over a dimmed screen
    Backdrop,   // the dimming behind a dialog (translucent)
};

struct RoleColors {
    Color fill;
    Color border;
    Color text;
    Color muted; // secondary text on the same fill
};

struct Theme {
    bool highContrast = false;
    double minimumContrast = 4.5;

    RoleColors colors(Role role) const;
    Color caret() const;

    static Theme standard();
    static Theme contrast();
};

} // namespace helder::ui
