#include "ui/ScreenBuilder.hpp"

#include "core/Interview.hpp"
#include "ui/Screens.hpp"

#include <algorithm>
#include <cmath>

namespace helder::ui {
namespace {

using core::Screen;

void topBar(ScreenKit& kit)
{
    const ScreenInput& input = kit.input();
    const float pad = kit.gap() * 0.75F;
    const float height = std::max(60.0F, 64.0F * kit.scale());
    kit.add("top/bar", WidgetKind::Panel, Role::Bar, Rect{0.0F, 0.0F, input.width, height + 2.0F * pad});
    float x = kit.gap();
    const bool welcome = input.session.screen == Screen::Welcome;
    if (!welcome) {
        const i18n::Language* current = input.languages.find(kit.language());
        const std::string name = current ? current->endonym : kit.tr("welcome.change_language");
        const float width = std::min(300.0F * kit.scale(), input.width * 0.3F);
        kit.button("top/language", name, Role::Secondary, Rect{x, pad, width, height}, "translate");
        x += width + kit.gap();
    }
    kit.button("top/text_size", "", Role::Secondary, Rect{x, pad, height * 1.2F, height}, "format_size");
    x += height * 1.2F + kit.gap();
    kit.button("top/contrast", "", Role::Secondary, Rect{x, pad, height * 1.2F, height}, "contrast");
    x += height * 1.2F + kit.gap();

    float end = input.width - kit.gap();
    if (!welcome) {
        const float width = std::min(320.0F * kit.scale(), input.width * 0.3F);
        end -= width;
        kit.button("top/start_again", kit.tr("question.start_again"), Role::Secondary,
                   Rect{end, pad, width, height}, "restart_alt");
        end -= kit.gap();
    }
    if (input.demoBadge && end - x > 80.0F * kit.scale()) {
        const float width = std::min(end - x, 260.0F * kit.scale());
        Widget& badge = kit.add("status/demo", WidgetKind::Badge, Role::Badge,
                                Rect{end - width, pad + height * 0.2F, width, height * 0.6F});
        const Rect box{badge.rect.x + kit.gap() * 0.5F, badge.rect.y, badge.rect.width - kit.gap(),
                       badge.rect.height};
        kit.addText(badge, kit.tr("status.demo_no_printer"), kit.language(), box,
                    TextStyle{kit.small(), text::Weight::Bold, TextAlign::Center, false}, true);
    }
}

void confirmStartAgain(ScreenKit& kit)
{
    const Rect inner = dialogBox(kit, "dialog/start_again", std::min(kit.input().height * 0.6F, 420.0F * kit.scale()));
    kit.paragraph("dialog/text", kit.tr("question.start_again_confirm"), kit.language(), inner,
                  TextStyle{kit.title(), text::Weight::Bold, TextAlign::Center, false}, Role::Dialog);
    dialogButtons(kit, inner, "dialog/start_again_yes", kit.tr("question.start_again_yes"),
                  "dialog/start_again_no", kit.tr("question.start_again_no"));
}

void idleWarning(ScreenKit& kit)
{
    const core::Session& session = kit.input().session;
    const std::int64_t left = std::max<std::int64_t>(0, session.countdownEnds - session.now);
    const std::int64_t seconds = (left + 999) / 1000;
    const Rect inner = dialogBox(kit, "dialog/idle", std::min(kit.input().height * 0.7F, 460.0F * kit.scale()));
    const float height = kit.paragraph("dialog/text", kit.tr("idle.more_time"), kit.language(), inner,
                                       TextStyle{kit.title(), text::Weight::Bold, TextAlign::Center, false},
                                       Role::Dialog);
    Rect rest = inner;
    rest.y += height + kit.gap();
    kit.paragraph("dialog/countdown", kit.tr("idle.countdown", {{"seconds", seconds}}), kit.language(), rest,
                  TextStyle{kit.body(), text::Weight::Regular, TextAlign::Center, false}, Role::Dialog);
    dialogButtons(kit, inner, {}, {}, "dialog/more_time", kit.tr("idle.yes_more_time"));
}

void helpPanel(ScreenKit& kit, const core::Template& form)
{
    const core::Session& session = kit.input().session;
    if (!session.step || session.step->isGroupOverview()) {
        return;
    }
    const core::QuestionTexts* texts = questionTexts(form, session.formLanguage, session.step->questionId);
    if (!texts) {
        return;
    }
    const std::string language = formTextLanguage(form, session.formLanguage);
    // The box fits its text (a short help is a small box), up to 70% of the screen.
    const TextStyle helpStyle{kit.body(), text::Weight::Regular, TextAlign::Start, false};
    const TextStyle exampleStyle{kit.body(), text::Weight::Bold, TextAlign::Start, false};
    const float textWidth = std::min(900.0F * kit.scale(), kit.input().width - 4.0F * kit.gap()) - 4.0F * kit.gap();
    float textHeight = kit.layout(texts->help, language, textWidth, helpStyle).height;
    if (!texts->example.empty()) {
        textHeight += kit.gap() + kit.layout(texts->example, language, textWidth, exampleStyle).height;
    }
    const float boxHeight = textHeight + 2.0F * kit.gap() + kit.touch() + 4.0F * kit.gap();
    const Rect inner = dialogBox(kit, "help/panel", std::min(kit.input().height * 0.7F, boxHeight));
    float y = inner.y;
    y += kit.paragraph("help/text", texts->help, language, Rect{inner.x, y, inner.width, inner.height}, helpStyle,
                       Role::Dialog);
    if (!texts->example.empty()) {
        y += kit.gap();
        kit.paragraph("help/example", texts->example, language, Rect{inner.x, y, inner.width, inner.height},
                      exampleStyle, Role::Dialog);
    }
    dialogButtons(kit, inner, {}, {}, "help/close", kit.tr("question.close"));
}

void languagePicker(ScreenKit& kit)
{
    const Rect inner = dialogBox(kit, "picker/panel", kit.input().height - 2.0F * kit.gap(), 1200.0F);
    const float used = kit.paragraph("picker/title", kit.tr("welcome.choose_language"), kit.language(), inner,
                                     TextStyle{kit.title(), text::Weight::Bold, TextAlign::Center, false},
                                     Role::Dialog);
    Rect grid = inner;
    grid.y += used + kit.gap();
    grid.height -= used + kit.touch() + 2.0F * kit.gap();
    languageGrid(kit, grid);
    dialogButtons(kit, inner, {}, {}, "picker/close", kit.tr("question.close"));
}

} // namespace

Rect dialogBox(ScreenKit& kit, std::string_view id, float height, float preferredWidth)
{
    const ScreenInput& input = kit.input();
    kit.add("dialog/backdrop", WidgetKind::Backdrop, Role::Backdrop, Rect{0.0F, 0.0F, input.width, input.height});
    const float width = std::min(preferredWidth * kit.scale(), input.width - 4.0F * kit.gap());
    const Rect box{(input.width - width) / 2.0F, (input.height - height) / 2.0F, width, height};
    kit.add(std::string(id), WidgetKind::Panel, Role::Dialog, box);
    return Rect{box.x + 2.0F * kit.gap(), box.y + 2.0F * kit.gap(), box.width - 4.0F * kit.gap(),
                box.height - 4.0F * kit.gap()};
}

void dialogButtons(ScreenKit& kit, Rect inner, std::string_view firstId, std::string_view firstLabel,
                   std::string_view secondId, std::string_view secondLabel)
{
    const float y = inner.bottom() - kit.touch();
    if (firstId.empty()) {
        const float width = std::min(inner.width, 520.0F * kit.scale());
        kit.button(std::string(secondId), secondLabel, Role::Primary,
                   Rect{inner.x + (inner.width - width) / 2.0F, y, width, kit.touch()});
        return;
    }
    const float width = (inner.width - kit.gap()) / 2.0F;
    kit.button(std::string(firstId), firstLabel, Role::Secondary, Rect{inner.x, y, width, kit.touch()});
    kit.button(std::string(secondId), secondLabel, Role::Primary,
               Rect{inner.x + width + kit.gap(), y, width, kit.touch()});
}

const core::FormTexts* formTexts(const core::Template& form, std::string_view language)
{
    const auto found = form.texts.find(formTextLanguage(form, language));
    return found == form.texts.end() ? nullptr : &found->second;
}

std::string formTextLanguage(const core::Template& form, std::string_view language)
{
    return form.hasLanguage(language) ? std::string(language) : form.officialLanguage;
}

const core::QuestionTexts* questionTexts(const core::Template& form, std::string_view language,
                                         std::string_view questionId)
{
    const core::FormTexts* texts = formTexts(form, language);
    if (!texts) {
        return nullptr;
    }
    const auto found = texts->questions.find(std::string(questionId));
    return found == texts->questions.end() ? nullptr : &found->second;
}

NavigationWidths navigationWidths(const ScreenKit& kit)
{
    // Three buttons and the gaps between them fit any width, portrait included.
    const float available = kit.bottomBar().width - 6.0F * kit.gap();
    return NavigationWidths{std::min(260.0F * kit.scale(), available * 0.3F),
                            std::min(320.0F * kit.scale(), available * 0.32F),
                            std::min(340.0F * kit.scale(), available * 0.38F)};
}

void navigation(ScreenKit& kit, bool back, std::string_view nextId, std::string_view nextLabel)
{
    const Rect bar = kit.bottomBar();
    const float y = bar.y + kit.gap();
    const NavigationWidths widths = navigationWidths(kit);
    if (back) {
        kit.button("nav/back", kit.tr("question.back"), Role::Secondary,
                   Rect{kit.gap() * 2.0F, y, widths.back, kit.touch()},
                   kit.screenRightToLeft() ? "arrow_forward" : "arrow_back");
    }
    if (!nextId.empty()) {
        kit.button(std::string(nextId), nextLabel, Role::Primary,
                   Rect{bar.width - kit.gap() * 2.0F - widths.next, y, widths.next, kit.touch()},
                   kit.screenRightToLeft() ? "arrow_back" : "arrow_forward");
    }
}

float languageGrid(ScreenKit& kit, Rect area)
{
    const auto& languages = kit.input().languages.languages();
    if (languages.empty()) {
        return 0.0F;
    }
    const std::size_t columns = area.width > area.height * 1.2F ? 5 : 3;
    const std::size_t rows = (languages.size() + columns - 1) / columns;
    const float cellWidth = (area.width - static_cast<float>(columns - 1) * kit.gap()) / static_cast<float>(columns);
    const float cellHeight = std::clamp(
        (area.height - static_cast<float>(rows - 1) * kit.gap()) / static_cast<float>(rows), 60.0F,
        kit.touch() * 1.4F);
    for (std::size_t i = 0; i < languages.size(); ++i) {
        const i18n::Language& language = languages[i];
        const std::size_t row = i / columns;
        const std::size_t column = i % columns;
        const Rect rect{area.x + static_cast<float>(column) * (cellWidth + kit.gap()),
                        area.y + static_cast<float>(row) * (cellHeight + kit.gap()), cellWidth, cellHeight};
        const bool current = language.code == kit.input().session.interfaceLanguage;
        Widget& card = kit.add("lang/" + language.code, WidgetKind::Card, current ? Role::Selected : Role::Card, rect);
        const Rect box{rect.x + kit.gap() * 0.5F, rect.y + kit.gap() * 0.25F, rect.width - kit.gap(),
                       rect.height - kit.gap() * 0.5F};
        kit.addText(card, language.endonym, language.code, box,
                    TextStyle{kit.body() * 1.1F, text::Weight::Bold, TextAlign::Center, false, true}, true);
    }
    return static_cast<float>(rows) * (cellHeight + kit.gap()) - kit.gap();
}

ScreenDescription buildOutOfOrder(text::TextEngine& engine, const ScreenInput& input)
{
    ScreenKit kit(engine, input);
    kit.add("screen", WidgetKind::Panel, Role::Screen, Rect{0.0F, 0.0F, input.width, input.height});
    const auto& languages = input.languages.languages();
    Rect area = kit.content();
    Widget& icon = kit.add("status/icon", WidgetKind::Label, Role::Screen,
                           Rect{area.x, area.y, area.width, kit.body() * 4.0F});
    kit.addIcon(icon, "report_problem", icon.rect, kit.body() * 3.5F);
    area.y = icon.rect.bottom() + kit.gap();
    if (!languages.empty()) {
        const auto index = static_cast<std::size_t>(std::max<std::int64_t>(0, input.session.now) / titleCycleMs)
            % languages.size();
        const std::string& code = languages[index].code;
        kit.paragraph("status/out_of_order", input.catalog.format(code, "status.out_of_order"), code, area,
                      TextStyle{kit.title(), text::Weight::Bold, TextAlign::Center, false});
    }
    return kit.finish();
}

ScreenDescription buildScreen(text::TextEngine& engine, const ScreenInput& input)
{
    ScreenKit kit(engine, input);
    kit.add("screen", WidgetKind::Panel, Role::Screen, Rect{0.0F, 0.0F, input.width, input.height});
    topBar(kit);
    const core::Template* form = core::activeForm(input.context, input.session);
    switch (input.session.screen) {
    case Screen::Welcome: buildWelcome(kit); break;
    case Screen::ChooseForm: buildChooseForm(kit); break;
    case Screen::BeforeStart:
        if (form) {
            buildBeforeStart(kit, *form);
        }
        break;
    case Screen::Question:
        if (form) {
            buildQuestion(kit, *form);
        }
        break;
    case Screen::Review:
        if (form) {
            buildReview(kit, *form);
        }
        break;
    case Screen::Printing: buildPrinting(kit); break;
    case Screen::PrintFault: buildPrintFault(kit); break;
    case Screen::Done: buildDone(kit); break;
    }
    switch (input.session.dialog) {
    case core::Dialog::ConfirmStartAgain: confirmStartAgain(kit); break;
    case core::Dialog::IdleWarning: idleWarning(kit); break;
    case core::Dialog::None:
        if (input.ui.languagePicker) {
            languagePicker(kit);
        } else if (input.ui.help && form && input.session.screen == Screen::Question) {
            helpPanel(kit, *form);
        }
        break;
    }
    return kit.finish();
}

} // namespace helder::ui
