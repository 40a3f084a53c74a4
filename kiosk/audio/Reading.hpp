#pragma once
// What read-aloud says for a screen: a recording of the template, or a text and the espeak-ng
// voice of its language. Pure logic over the session, the form and the interface languages.

#include "core/Session.hpp"
#include "core/Template.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/LanguageList.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace helder::audio {

struct Reading {
    std::optional<std::filesystem::path> recording; // the template's own audio: it wins over speech
    std::string voice;                              // espeak-ng voice of the text's language; empty: none
    std::string text;                               // what the voice says, sentence by sentence

    friend bool operator==(const Reading&, const Reading&) = default;
};

// The question on screen, in the language its texts are shown in: the question, its help and
// its choices. A recording counts only when its file exists. Nothing for other screens.
[[nodiscard]] std::optional<Reading> questionReading(const core::Template& form, const core::Session& session,
                                                     const i18n::LanguageList& languages);

// "Do you need more time?" and the countdown, in the interface language.
[[nodiscard]] Reading idleWarningReading(const core::Session& session, const i18n::Catalog& catalog,
                                         const i18n::LanguageList& languages);

} // namespace helder::audio
