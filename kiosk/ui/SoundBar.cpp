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
    const float volumeWidth = 2.0F * side + gaugeWidth + kit.gap();

    // The speaker button keeps one width whether it reads or stops, so nothing jumps when it
    // changes; where the row is narrow (portrait, largest text) it keeps its pictogram only.
    const TextStyle labelStyle{kit.body(), text::Weight::Bold, TextAlign::Start, false};
    float labelWidth = 0.0F;
    for (const char* key : {"question.read_aloud", "question.stop_reading"}) {
        labelWidth = std::max(labelWidth, kit.layout(kit.tr(key), kit.language(), 4000.0F, labelStyle).widestLine());
    }
    const float iconSize = std::min(side * 0.55F, kit.body() * 1.3F);
    float speakerWidth = std::min(labelWidth + iconSize + 2.6F * kit.gap(), row.width * 0.45F);
    bool labelled = true;
    if (row.width - volumeWidth - speakerWidth - kit.gap() * 0.5F < row.width * 0.3F) {
        speakerWidth = side;
        labelled = false;
    }
    const float used = speakerWidth + kit.gap() * 0.5F + volumeWidth;
    float x = row.right() - used;

    if (sound.reading) {
        kit.button("sound/stop", labelled ? kit.tr("question.stop_reading") : std::string(), Role::Selected,
                   Rect{x, row.y, speakerWidth, side}, "stop");
    } else {
        kit.button("sound/read", labelled ? kit.tr("question.read_aloud") : std::string(), Role::Secondary,
                   Rect{x, row.y, speakerWidth, side}, "record_voice_over");
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
