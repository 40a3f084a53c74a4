#include "ui/SoundBar.hpp"

#include <algorithm>

namespace helder::ui {

float soundBar(ScreenKit& kit, Rect row)
{
    const SoundControls& sound = kit.input().sound;
    if (!sound.available) {
        return 0.0F;
    }
    const float side = std::max(60.0F, kit.touch());
    const float gaugeWidth = 96.0F * kit.scale();
    const float speakerWidth = std::min(300.0F * kit.scale(), row.width * 0.4F);
    const float used = speakerWidth + 2.0F * side + gaugeWidth + 3.0F * kit.gap() * 0.5F;
    float x = row.right() - used;

    if (sound.reading) {
        kit.button("sound/stop", kit.tr("question.stop_reading"), Role::Selected, Rect{x, row.y, speakerWidth, side},
                   "stop");
    } else {
        kit.button("sound/read", kit.tr("question.read_aloud"), Role::Secondary, Rect{x, row.y, speakerWidth, side},
                   "record_voice_over");
    }
    x += speakerWidth + kit.gap() * 0.5F;
    kit.button("sound/softer", "", Role::Secondary, Rect{x, row.y, side, side}, "volume_down");
    x += side + kit.gap() * 0.5F;

    // The gauge: how loud, as a bar that fills towards "louder".
    const float barHeight = std::max(6.0F, 10.0F * kit.scale());
    const Rect track{x, row.y + (side - barHeight) / 2.0F, gaugeWidth, barHeight};
    kit.add("sound/level", WidgetKind::Panel, Role::Card, track);
    kit.add("sound/level_done", WidgetKind::Panel, Role::Primary,
            Rect{track.x, track.y, track.width * std::clamp(sound.level, 0.0F, 1.0F), track.height});
    x += gaugeWidth + kit.gap() * 0.5F;
    kit.button("sound/louder", "", Role::Secondary, Rect{x, row.y, side, side}, "volume_up");
    return used;
}

} // namespace helder::ui
