#pragma once
// A visitor at the kiosk without a display: the real locales and forms, screens laid out by the
// text engine, taps on widgets by id going through intentAt(), dispatch() and core::update().

#include "app/FormLibrary.hpp"
#include "core/Interview.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/LocaleDirectory.hpp"
#include "text/TextEngine.hpp"
#include "ui/Dispatch.hpp"
#include "ui/KeyboardSet.hpp"
#include "ui/ScreenBuilder.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace helder::ui::test {

// Where a left-to-right or mirrored layout test looks: the middle of a widget across.
inline float centreX(const Widget& widget)
{
    return widget.rect.x + widget.rect.width / 2.0F;
}

// Forms are valid from 2026-01-01: tests live on a fixed day.
inline core::Date testDay()
{
    return *core::Date::fromYmd(2026, 11, 23);
}

struct World {
    i18n::LocaleDirectory locales;
    i18n::Catalog catalog;
    app::FormLibrary forms;
    core::InterviewContext context;
    KeyboardSet keyboards;
    std::unique_ptr<text::TextEngine> engine;

    static World& get()
    {
        static World world = [] {
            World w;
            w.locales = i18n::LocaleDirectory::read(helder::test::sourceDir() / "locales");
            w.catalog = i18n::Catalog(w.locales.files, w.locales.languages);
            w.forms = app::FormLibrary::load(helder::test::sourceDir() / "forms", testDay());
            w.keyboards = KeyboardSet::load(helder::test::sourceDir(), w.locales.languages);
            if (!w.keyboards.problems().empty()) {
                throw std::runtime_error("keyboard: " + w.keyboards.problems().front().message);
            }
            auto engine = text::TextEngine::create();
            if (!engine) {
                throw std::runtime_error(engine.error());
            }
            w.engine = std::move(*engine);
            return w;
        }();
        world.context.forms = world.forms.forms;
        return world;
    }
};

class Visit {
public:
    VisitorState state;
    std::vector<core::Effect> effects;
    float width = 1280.0F;
    float height = 800.0F;
    // The forms of this visit when not the shipped ones (a test's own variant of a form).
    const core::InterviewContext* context = nullptr;

    Visit() { state.session.today = testDay(); }

    [[nodiscard]] const core::InterviewContext& interview() const
    {
        return context ? *context : World::get().context;
    }

    [[nodiscard]] ScreenDescription screen() const
    {
        World& world = World::get();
        const ScreenInput input{state.session, interview(), world.catalog, world.locales.languages,
                                state.ui, width, height, true, &world.keyboards};
        return buildScreen(*world.engine, input);
    }

    // Taps the centre of the widget `id` of the current screen; false when it is not there or
    // something else covers it.
    bool tap(std::string_view id)
    {
        const ScreenDescription laidOut = screen();
        const Widget* widget = laidOut.find(id);
        if (!widget) {
            return false;
        }
        const float x = widget->rect.x + widget->rect.width / 2.0F;
        const float y = widget->rect.y + widget->rect.height / 2.0F;
        const Widget* hit = laidOut.widgetAt(x, y);
        if (!hit || hit->id != id) {
            return false;
        }
        apply(intentAt(laidOut, x, y, IntentContext{state.session, state.ui, "TEST42"}));
        return true;
    }

    void act(core::Action action) { apply(Intent{std::move(action), std::nullopt}); }

    void apply(const Intent& intent)
    {
        Dispatched result = dispatch(interview(), std::move(state), intent);
        state = std::move(result.state);
        effects.insert(effects.end(), result.effects.begin(), result.effects.end());
    }

    // Types on the on-screen keys, with shift for capitals and the symbols key for digits.
    bool typeKeys(std::string_view text)
    {
        for (const char c : text) {
            const std::string id = c == ' ' ? std::string("key/space") : "key/char/" + std::string(1, c);
            if (!screen().has(id) && !screen().has("key/char/" + std::string(1, static_cast<char>(c - 'A' + 'a')))
                && !tap("key/symbols")) {
                return false;
            }
            if (c >= 'A' && c <= 'Z' && !tap("key/shift")) {
                return false;
            }
            if (!tap(id)) {
                return false;
            }
        }
        return true;
    }

    [[nodiscard]] const std::string& question() const
    {
        static const std::string none;
        return state.session.step ? state.session.step->questionId : none;
    }
};

} // namespace helder::ui::test
