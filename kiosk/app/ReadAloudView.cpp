#include "app/ReadAloudView.hpp"

#include "audio/Volume.hpp"

namespace helder::app {

std::optional<audio::Reading> currentReading(const core::InterviewContext& context, const core::Session& session,
                                             const i18n::LanguageList& languages)
{
    if (session.dialog != core::Dialog::None) {
        return std::nullopt;
    }
    const core::Template* form = core::activeForm(context, session);
    return form ? audio::questionReading(*form, session, languages) : std::nullopt;
}

ui::SoundControls soundControls(const audio::ReadAloud& player, const core::InterviewContext& context,
                                const core::Session& session, const i18n::LanguageList& languages)
{
    const auto reading = currentReading(context, session, languages);
    if (!reading || !player.canRead(*reading)) {
        return {};
    }
    const audio::Volume& volume = player.volume();
    return ui::SoundControls{true, player.busy(),
                             static_cast<float>(volume.step()) / static_cast<float>(audio::Volume::highest),
                             volume.canLouder(), volume.canSofter()};
}

} // namespace helder::app
