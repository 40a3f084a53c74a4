// Computed from the laid-out screens, for every screen kind in Dutch and Arabic, every text
// size and both themes: touch targets of at least 60 px, text contrast of at least 4.5:1 (7:1
// in high contrast), and texts that stay inside their buttons.

#include "ScreenKinds.hpp"
#include "StaffScreenKinds.hpp"

using namespace helder;
using namespace helder::ui;
using helder::ui::test::Visit;

namespace {

constexpr float minimumTarget = 60.0F;

bool overlap(const Rect& a, const Rect& b)
{
    return a.x < b.right() - 0.5F && b.x < a.right() - 0.5F && a.y < b.bottom() - 0.5F && b.y < a.bottom() - 0.5F;
}

// Touch targets on the same layer (not separated by a dialog's backdrop) never overlap.
void checkNoOverlap(const std::string& name, const ScreenDescription& screen)
{
    std::vector<std::pair<int, const Widget*>> targets;
    int layer = 0;
    for (const Widget& widget : screen.widgets) {
        layer += widget.kind == WidgetKind::Backdrop ? 1 : 0;
        if (widget.touchable()) {
            targets.emplace_back(layer, &widget);
        }
    }
    for (std::size_t i = 0; i < targets.size(); ++i) {
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            if (targets[i].first == targets[j].first) {
                INFO(name << ": " << targets[i].second->id << " and " << targets[j].second->id);
                CHECK_FALSE(overlap(targets[i].second->rect, targets[j].second->rect));
            }
        }
    }
}

void checkScreen(const std::string& name, const ScreenDescription& screen, const Theme& theme)
{
    checkNoOverlap(name, screen);
    for (const Widget& widget : screen.widgets) {
        INFO(name << ": " << widget.id);
        if (widget.touchable()) {
            CHECK(widget.rect.width >= minimumTarget);
            CHECK(widget.rect.height >= minimumTarget);
            for (const TextItem& item : widget.texts) {
                CHECK(item.x >= widget.rect.x - 1.0F);
                CHECK(item.x + item.layout.width <= widget.rect.right() + 1.0F);
                CHECK(item.layout.widestLine() <= item.layout.width + 1.0F);
                CHECK(item.y >= widget.rect.y - 1.0F);
                CHECK(item.y + item.layout.height <= widget.rect.bottom() + 1.0F);
            }
        }
        if (widget.kind == WidgetKind::Caret || widget.kind == WidgetKind::Backdrop) {
            continue;
        }
        for (const TextItem& item : widget.texts) {
            CHECK(item.layout.missing.empty());
            CHECK(contrastRatio(item.color, widget.fill) >= theme.minimumContrast);
        }
    }
}

} // namespace

TEST_CASE("touch targets, contrast and fitting on every screen kind")
{
    for (const std::string language : {"nl", "ar", "ti"}) {
        for (auto& [name, visit] : ui::test::screenKinds(language)) {
            for (const TextSize size : {TextSize::Normal, TextSize::Large, TextSize::Largest}) {
                for (const bool contrast : {false, true}) {
                    visit.state.ui.textSize = size;
                    visit.state.ui.highContrast = contrast;
                    INFO(language << " " << name << " size " << static_cast<int>(size) << " contrast " << contrast);
                    checkScreen(name, visit.screen(), contrast ? Theme::contrast() : Theme::standard());
                }
            }
        }
    }
}

TEST_CASE("nothing overlaps in portrait and full HD either")
{
    for (const std::string language : {"nl", "ar"}) {
        for (auto& [name, visit] : ui::test::screenKinds(language)) {
            for (const auto& [width, height] : {std::pair{800.0F, 1280.0F}, {1920.0F, 1080.0F}, {1080.0F, 1920.0F}}) {
                visit.width = width;
                visit.height = height;
                INFO(language << " " << name << " " << width << "x" << height);
                checkScreen(name, visit.screen(), Theme::standard());
            }
        }
    }
}

TEST_CASE("the staff screens and the failure screen: targets, contrast and fitting too")
{
    for (const std::string language : {"nl", "fr", "ar", "ti"}) {
        for (const TextSize size : {TextSize::Normal, TextSize::Largest}) {
            for (const bool contrast : {false, true}) {
                for (const auto& [width, height] : {std::pair{1280.0F, 800.0F}, {1920.0F, 1080.0F}, {800.0F, 1280.0F}}) {
                    Visit settings;
                    settings.state.ui.textSize = size;
                    settings.state.ui.highContrast = contrast;
                    settings.width = width;
                    settings.height = height;
                    for (const auto& [name, screen] : ui::test::staffScreens(language, settings)) {
                        INFO(language << " " << name << " size " << static_cast<int>(size) << " contrast "
                                      << contrast << " " << width << "x" << height);
                        checkScreen(name, screen, contrast ? Theme::contrast() : Theme::standard());
                    }
                }
            }
        }
    }
}

TEST_CASE("the theme's colour pairs reach the contrast they promise")
{
    CHECK(contrastRatio(Color{0, 0, 0, 255}, Color{255, 255, 255, 255}) == doctest::Approx(21.0));
    CHECK(contrastRatio(Color{119, 119, 119, 255}, Color{255, 255, 255, 255}) == doctest::Approx(4.48).epsilon(0.01));
    for (const Theme& theme : {Theme::standard(), Theme::contrast()}) {
        for (const Role role : {Role::Screen, Role::Bar, Role::Primary, Role::Secondary, Role::Card, Role::Selected,
                                Role::Field, Role::Key, Role::Badge, Role::Problem, Role::Hint, Role::Dialog}) {
            const RoleColors colors = theme.colors(role);
            INFO("role " << static_cast<int>(role) << " high contrast " << theme.highContrast);
            CHECK(contrastRatio(colors.text, colors.fill) >= theme.minimumContrast);
            CHECK(contrastRatio(colors.muted, colors.fill) >= theme.minimumContrast);
        }
    }
}
