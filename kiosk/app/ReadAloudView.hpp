#pragma once
// Between the read-aloud player and the screens: what the current screen would read, and the
// speaker and volume controls it shows for it.

#include "audio/ReadAloud.hpp"
#include "audio/Reading.hpp"
#include "core/Interview.hpp"
#include "i18n/LanguageList.hpp"
#include "ui/SoundControls.hpp"

#include <optional>

namespace helder::app {

// The question on screen, when one is shown and no dialog covers it.
[[nodiscard]] std::optional<audio::Reading> currentReading(const core::InterviewContext& context,
                                                           const core::Session& session,
                                                           const i18n::LanguageList& languages);

// No speaker button where neither a voice nor a recording exists for this question.
[[nodiscard]] ui::SoundControls soundControls(const audio::ReadAloud& player, const core::InterviewContext& context,
                                              const core::Session& session, const i18n::LanguageList& languages);

} // namespace helder::app
