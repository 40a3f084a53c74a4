#include "app/WidgetMap.hpp"

#include <nlohmann/json.hpp>

#include <fstream>

namespace helder::app {

std::string widgetMapJson(const ui::ScreenDescription& screen, std::uint64_t frame, double drawMs)
{
    nlohmann::json widgets = nlohmann::json::array();
    for (const ui::Widget& widget : screen.widgets) {
        if (widget.id.empty()) {
            continue;
        }
        widgets.push_back({{"id", widget.id},
                           {"touchable", widget.touchable()},
                           {"x", widget.rect.x},
                           {"y", widget.rect.y},
                           {"width", widget.rect.width},
                           {"height", widget.rect.height}});
    }
    const nlohmann::json map = {{"frame", frame},
                                {"draw_ms", drawMs},
                                {"width", screen.width},
                                {"height", screen.height},
                                {"rtl", screen.rightToLeft},
                                {"widgets", std::move(widgets)}};
    return map.dump();
}

bool writeWidgetMap(const std::filesystem::path& path, const ui::ScreenDescription& screen, std::uint64_t frame,
                    double drawMs)
{
    std::filesystem::path partial = path;
    partial += ".part";
    {
        std::ofstream file(partial, std::ios::binary | std::ios::trunc);
        file << widgetMapJson(screen, frame, drawMs);
        if (!file.flush()) {
            return false;
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, path, error);
    return !error;
}

} // namespace helder::app
