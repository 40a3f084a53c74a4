#pragma once
// Everything a screen is built from: the session, the forms, the interface texts, the screen
// settings and the window size.

#include "core/Interview.hpp"
#include "core/Session.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/LanguageList.hpp"
#include "ui/SoundControls.hpp"
#include "ui/UiState.hpp"

namespace helder::ui {

class KeyboardSet;

struct ScreenInput {
    const core::Session& session;
    const core::InterviewContext& context;
    const i18n::Catalog& catalog;
    const i18n::LanguageList& languages;
    const UiState& ui;
    float width = 1280.0F;
    float height = 800.0F;
    bool demoBadge = false; // the output is the spool folder: "Demo: no printer"
    const KeyboardSet* keyboards = nullptr; // none: the built-in Latin keys for every language
    SoundControls sound = {};
};

} // namespace helder::ui
