// Welcome, choose a form, before you start (DESIGN §2, steps 1–3).

#include "core/SessionView.hpp"
#include "ui/Screens.hpp"

#include <algorithm>

namespace helder::ui {
namespace {

TextStyle titleStyle(const ScreenKit& kit, TextAlign align = TextAlign::Start)
{
    return TextStyle{kit.title(), text::Weight::Bold, align, false};
}

TextStyle bodyStyle(const ScreenKit& kit, bool muted = false)
{
    return TextStyle{kit.body(), text::Weight::Regular, TextAlign::Start, muted};
}

} // namespace

void buildWelcome(ScreenKit& kit)
{
    const ScreenInput& input = kit.input();
    const auto& languages = input.languages.languages();
    Rect area = kit.content();
    if (!languages.empty()) {
        const auto index = static_cast<std::size_t>(std::max<std::int64_t>(0, input.session.now) / titleCycleMs)
            % languages.size();
        const std::string& code = languages[index].code;
        const float used = kit.paragraph("welcome/title", input.catalog.format(code, "welcome.choose_language"),
                                         code, area, titleStyle(kit, TextAlign::Center));
        area.y += used + 2.0F * kit.gap();
        area.height -= used + 2.0F * kit.gap();
    }
    // The bottom bar has no buttons here: the grid may use it.
    area.height += kit.bottomBar().height;
    languageGrid(kit, area);
}

void buildChooseForm(ScreenKit& kit)
{
    const ScreenInput& input = kit.input();
    Rect area = kit.content();
    const float used = kit.paragraph("forms/title", kit.tr("forms.choose_form"), kit.language(), area, titleStyle(kit));
    area.y += used + kit.gap();
    area.height -= used + kit.gap();
    const auto forms = input.context.forms;
    if (forms.empty()) {
        kit.paragraph("forms/none", kit.tr("forms.none_available"), kit.language(), area, bodyStyle(kit));
    }
    const std::size_t columns = area.width > area.height ? 2 : 1;
    const float cardWidth = (area.width - static_cast<float>(columns - 1) * kit.gap()) / static_cast<float>(columns);
    const float iconSize = kit.body() * 2.4F;
    const float textWidth = cardWidth - iconSize - 4.0F * kit.gap();
    // Every card as tall as the tallest title and purpose need.
    float cardHeight = std::max(kit.touch() * 1.6F, kit.body() * 4.0F);
    for (const core::Template& form : forms) {
        if (const core::FormTexts* texts = formTexts(form, kit.language())) {
            const std::string language = formTextLanguage(form, kit.language());
            const float needed = kit.layout(texts->title, language, textWidth,
                                            TextStyle{kit.body(), text::Weight::Bold, TextAlign::Start, false}).height
                + kit.layout(texts->purpose, language, textWidth,
                             TextStyle{kit.small(), text::Weight::Regular, TextAlign::Start, true}).height
                + 2.3F * kit.gap();
            cardHeight = std::max(cardHeight, needed);
        }
    }
    for (std::size_t i = 0; i < forms.size(); ++i) {
        const core::Template& form = forms[i];
        const Rect rect{area.x + static_cast<float>(i % columns) * (cardWidth + kit.gap()),
                        area.y + static_cast<float>(i / columns) * (cardHeight + kit.gap()), cardWidth, cardHeight};
        Widget& card = kit.add("form/" + form.id, WidgetKind::Card, Role::Card, rect);
        kit.addIcon(card, form.icon, Rect{rect.x + kit.gap(), rect.y, iconSize + kit.gap(), rect.height}, iconSize);
        const std::string language = formTextLanguage(form, kit.language());
        const core::FormTexts* texts = formTexts(form, kit.language());
        const Rect textBox{rect.x + iconSize + 3.0F * kit.gap(), rect.y + kit.gap(), textWidth,
                           rect.height - 2.0F * kit.gap()};
        const float titleHeight = kit.addText(card, texts ? texts->title : form.id, language, textBox,
                                              TextStyle{kit.body(), text::Weight::Bold, TextAlign::Start, false});
        if (texts) {
            Rect purposeBox = textBox;
            purposeBox.y += titleHeight + kit.gap() * 0.3F;
            purposeBox.height -= titleHeight + kit.gap() * 0.3F;
            kit.addText(card, texts->purpose, language, purposeBox,
                        TextStyle{kit.small(), text::Weight::Regular, TextAlign::Start, true});
        }
    }
    navigation(kit, true, {}, {});
}

void buildBeforeStart(ScreenKit& kit, const core::Template& form)
{
    const ScreenInput& input = kit.input();
    const core::Session& session = input.session;
    Rect area = kit.content();
    auto advance = [&area, &kit](float used) {
        area.y += used + kit.gap();
        area.height -= used + kit.gap();
    };
    advance(kit.paragraph("start/title", kit.tr("start.title"), kit.language(), area, titleStyle(kit)));

    if (!form.hasLanguage(session.interfaceLanguage)) {
        advance(kit.paragraph("start/form_languages", kit.tr("forms.not_in_your_language"), kit.language(), area,
                              bodyStyle(kit)));
        const std::vector<std::string> languages = form.languages();
        const float width = std::min(260.0F * kit.scale(),
            (area.width - static_cast<float>(languages.size()) * kit.gap()) / static_cast<float>(std::max<std::size_t>(1, languages.size())));
        for (std::size_t i = 0; i < languages.size(); ++i) {
            const i18n::Language* language = input.languages.find(languages[i]);
            const bool chosen = session.formLanguage == languages[i];
            Widget& card = kit.add("formlang/" + languages[i], WidgetKind::Card, chosen ? Role::Selected : Role::Card,
                                   Rect{area.x + static_cast<float>(i) * (width + kit.gap()), area.y, width, kit.touch()});
            kit.addText(card, language ? language->endonym : languages[i], languages[i],
                        Rect{card.rect.x + kit.gap() * 0.5F, card.rect.y, card.rect.width - kit.gap(), card.rect.height},
                        TextStyle{kit.body(), text::Weight::Bold, TextAlign::Center, false}, true);
        }
        advance(kit.touch() + kit.gap());
    }
    if (session.formLanguage.empty()) {
        navigation(kit, true, {}, {});
        return;
    }
    const core::FormTexts* texts = formTexts(form, session.formLanguage);
    const std::string formLanguage = formTextLanguage(form, session.formLanguage);
    const core::SessionView view(form, session);
    if (texts) {
        advance(kit.paragraph("start/form_title", texts->title, formLanguage, area,
                              TextStyle{kit.body(), text::Weight::Bold, TextAlign::Start, false}));
    }
    const std::vector<const core::Document*> documents = view.documents();
    advance(kit.paragraph("start/papers", kit.tr(documents.empty() ? "start.no_papers_needed" : "start.papers_at_hand"),
                          kit.language(), area, bodyStyle(kit)));
    for (const core::Document* document : documents) {
        std::string name = document->id;
        if (texts) {
            if (const auto found = texts->documents.find(document->id); found != texts->documents.end()) {
                name = found->second;
            }
        }
        const Rect indented{area.x + 2.0F * kit.gap(), area.y, area.width - 2.0F * kit.gap(), area.height};
        advance(kit.paragraph("start/document/" + document->id, "• " + name, formLanguage, indented, bodyStyle(kit))
                - kit.gap() * 0.6F);
    }
    advance(kit.gap() * 0.5F);
    const auto count = static_cast<std::int64_t>(std::ranges::count_if(
        view.steps(), [](const core::Step& step) { return !step.isGroupOverview(); }));
    advance(kit.paragraph("start/count", kit.tr("start.question_count", {{"count", count}}), kit.language(), area,
                          bodyStyle(kit)));
    kit.paragraph("start/privacy", kit.tr("start.privacy"), kit.language(), area, bodyStyle(kit, true));
    navigation(kit, true, "nav/start", kit.tr("start.begin"));
}

} // namespace helder::ui
