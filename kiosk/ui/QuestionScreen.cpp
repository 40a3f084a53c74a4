// One question per screen, or a repeating group's overview (DESIGN §2, step 4).

#include "core/SessionView.hpp"
#include "i18n/MessageArgs.hpp"
#include "text/Bidi.hpp"
#include "text/TextEditing.hpp"
#include "ui/OnScreenKeyboard.hpp"
#include "ui/Screens.hpp"
#include "ui/SoundBar.hpp"

#include <algorithm>
#include <utility>

namespace helder::ui {
namespace {

using core::QuestionType;

struct QuestionLayout {
    ScreenKit& kit;
    const core::Template& form;
    const core::Session& session;
    const core::SessionView view;
    std::string formLanguage;
    Rect area;

    QuestionLayout(ScreenKit& k, const core::Template& f)
        : kit(k), form(f), session(k.input().session), view(f, k.input().session),
          formLanguage(formTextLanguage(f, k.input().session.formLanguage)), area(k.content())
    {
    }

    void advance(float used)
    {
        area.y += used + kit.gap();
        area.height -= used + kit.gap();
    }

    TextStyle style(float size, bool bold = false, bool muted = false) const
    {
        return TextStyle{size, bold ? text::Weight::Bold : text::Weight::Regular, TextAlign::Start, muted};
    }

    // ---- the parts ----

    void progress()
    {
        // Read-aloud shares the progress line, at its end side.
        const float sound = soundBar(kit, Rect{area.x, area.y, area.width, kit.touch()});
        const float soundHeight = sound > 0.0F ? std::max(60.0F, kit.touch()) : 0.0F;
        const core::Progress at = view.progress();
        if (at.total == 0) {
            if (sound > 0.0F) {
                advance(soundHeight);
            }
            return;
        }
        const std::string label = kit.tr("question.progress", {{"current", static_cast<std::int64_t>(at.current)},
                                                               {"total", static_cast<std::int64_t>(at.total)}});
        const float labelWidth = area.width - (sound > 0.0F ? sound + kit.gap() : 0.0F);
        const float labelHeight = kit.layout(label, kit.language(), labelWidth, style(kit.small(), false, true)).height;
        const float labelTop = area.y + std::max(0.0F, (soundHeight - labelHeight) / 2.0F);
        const float used = kit.paragraph("question/progress", label, kit.language(),
                                         Rect{area.x, labelTop, labelWidth, area.height}, style(kit.small(), false, true));
        advance(std::max(used + labelTop - area.y, soundHeight) - kit.gap() * 0.5F);
        const float barHeight = std::max(4.0F, 8.0F * kit.scale());
        kit.add("question/progress_track", WidgetKind::Panel, Role::Card, Rect{area.x, area.y, area.width, barHeight});
        const float done = static_cast<float>(at.current) / static_cast<float>(at.total);
        kit.add("question/progress_done", WidgetKind::Panel, Role::Primary,
                Rect{area.x, area.y, area.width * done, barHeight});
        advance(barHeight);
    }

    void heading(std::string_view textValue, bool withHelp)
    {
        const float helpWidth = withHelp ? std::min(220.0F * kit.scale(), area.width * 0.3F) : 0.0F;
        const Rect box{area.x, area.y, area.width - (withHelp ? helpWidth + kit.gap() : 0.0F), area.height};
        const float used = kit.paragraph("question/text", textValue, formLanguage, box, style(kit.title(), true));
        if (withHelp) {
            kit.button("question/help", kit.tr("question.help"), Role::Secondary,
                       Rect{area.right() - helpWidth, area.y, helpWidth, kit.touch()}, "help");
        }
        advance(std::max(used, withHelp ? kit.touch() : 0.0F));
    }

    void note(std::string id, std::string_view key)
    {
        advance(kit.paragraph(std::move(id), kit.tr(key), kit.language(), area, style(kit.small(), false, true)));
    }

    // The failed check's message and the language it is in (a form's own rule texts are in
    // the form's language).
    std::pair<std::string, std::string> problemMessage() const
    {
        if (session.problem->messageKey == "validation.rule") {
            const core::FormTexts* texts = formTexts(form, session.formLanguage);
            const auto rule = session.problem->args.find("rule");
            if (texts && rule != session.problem->args.end()) {
                if (const auto found = texts->rules.find(rule->second); found != texts->rules.end()) {
                    return {found->second, formLanguage};
                }
            }
        }
        return {kit.tr(session.problem->messageKey, i18n::toMessageArgs(session.problem->args)), kit.language()};
    }

    bool canKeep() const
    {
        return session.problem && session.problem->messageKey != "validation.required" && !session.draft.empty();
    }

    float keepWidth() const { return canKeep() ? std::min(380.0F * kit.scale(), area.width * 0.4F) : 0.0F; }

    float problemHeight()
    {
        if (!session.problem) {
            return 0.0F;
        }
        const auto [message, language] = problemMessage();
        const float width = area.width - (canKeep() ? keepWidth() + kit.gap() : 0.0F) - kit.gap();
        const float height = kit.layout(message, language, width, style(kit.body())).height + kit.gap() * 0.8F;
        return std::max(height, canKeep() ? kit.touch() : 0.0F);
    }

    // The failed check at `y`, with "Keep it as I typed it" beside it when that is allowed.
    void problemAt(float y)
    {
        if (!session.problem) {
            return;
        }
        const auto [message, language] = problemMessage();
        const float height = problemHeight();
        const bool keep = canKeep();
        const Rect box{area.x, y, area.width - (keep ? keepWidth() + kit.gap() : 0.0F), height};
        Widget& panel = kit.add("answer/problem", WidgetKind::Label, Role::Problem, box);
        kit.addText(panel, message, language,
                    Rect{box.x + kit.gap() * 0.5F, box.y + kit.gap() * 0.4F, box.width - kit.gap(), box.height},
                    style(kit.body()));
        panel.borderWidth = std::max(1.0F, 2.0F * kit.scale());
        if (keep) {
            kit.button("answer/keep", kit.tr("question.keep_as_typed"), Role::Secondary,
                       Rect{area.right() - keepWidth(), y, keepWidth(), kit.touch()});
        }
    }

    void problem()
    {
        const float height = problemHeight();
        if (height > 0.0F) {
            problemAt(area.y);
            advance(height);
        }
    }

    // ---- inputs ----

    void yesNo()
    {
        const core::Answer* answer = view.answer(*session.step);
        const bool given = answer && !answer->isDontKnow() && answer->value.isBool();
        const float width = std::min(360.0F * kit.scale(), (area.width - kit.gap()) / 2.0F);
        const float height = kit.touch() * 1.3F;
        int index = 0;
        for (const char* option : {"yes", "no"}) {
            const bool chosen = given && *answer->value.asBool() == (std::string_view(option) == "yes");
            kit.button(std::string("answer/") + option, kit.tr(std::string("question.") + option),
                       chosen ? Role::Selected : Role::Secondary,
                       Rect{area.x + static_cast<float>(index) * (width + kit.gap()), area.y, width, height});
            ++index;
        }
        advance(height);
    }

    void choices(const core::Question& question)
    {
        const core::Answer* answer = view.answer(*session.step);
        std::vector<std::string> chosen;
        if (answer && !answer->isDontKnow()) {
            if (answer->value.isChoices()) {
                chosen = *answer->value.asChoices();
            } else if (answer->value.isText()) {
                chosen.push_back(*answer->value.asText());
            }
        }
        if (question.type == QuestionType::MultipleChoice) {
            note("question/choose_any", "question.choose_any");
        }
        const core::QuestionTexts* texts = questionTexts(form, session.formLanguage, question.id);
        const std::size_t count = question.choices.size();
        const std::size_t columns = area.width > 900.0F * kit.scale() && count > 2 ? 2 : 1;
        const std::size_t rows = (count + columns - 1) / columns;
        const float cardWidth = (area.width - static_cast<float>(columns - 1) * kit.gap()) / static_cast<float>(columns);
        const float cardHeight = std::clamp(
            (area.height - static_cast<float>(rows) * kit.gap()) / static_cast<float>(std::max<std::size_t>(rows, 1)),
            std::max(60.0F, kit.touch()), kit.touch() * 1.4F);
        for (std::size_t i = 0; i < count; ++i) {
            const core::Choice& choice = question.choices[i];
            const bool isChosen = std::ranges::find(chosen, choice.id) != chosen.end();
            const Rect rect{area.x + static_cast<float>(i % columns) * (cardWidth + kit.gap()),
                            area.y + static_cast<float>(i / columns) * (cardHeight + kit.gap()), cardWidth, cardHeight};
            Widget& card = kit.add("choice/" + choice.id, WidgetKind::Card, isChosen ? Role::Selected : Role::Card, rect);
            if (isChosen) {
                card.borderWidth *= 2.5F;
            }
            const float iconSize = std::min(cardHeight * 0.6F, kit.body() * 1.6F);
            const std::string icon = isChosen && question.type == QuestionType::MultipleChoice ? "check_box"
                                                                                               : choice.icon;
            kit.addIcon(card, icon, Rect{rect.x + kit.gap() * 0.5F, rect.y, iconSize + kit.gap(), rect.height}, iconSize);
            std::string label = choice.id;
            if (texts) {
                if (const auto found = texts->choices.find(choice.id); found != texts->choices.end()) {
                    label = found->second;
                }
            }
            kit.addText(card, label, formLanguage,
                        Rect{rect.x + iconSize + 2.0F * kit.gap(), rect.y + kit.gap() * 0.3F,
                             rect.width - iconSize - 3.0F * kit.gap(), rect.height - kit.gap() * 0.6F},
                        TextStyle{kit.body(), text::Weight::Regular, TextAlign::Start, false}, true);
        }
        advance(static_cast<float>(rows) * (cardHeight + kit.gap()) - kit.gap());
    }

    KeyRows keys(const core::Question& question) const
    {
        return keyboardFor(question.type) == KeyboardKind::Numeric
            ? numericKeys(question.type)
            : latinKeys(kit.input().ui.shift, kit.input().ui.symbols);
    }

    float keyHeight() const { return std::clamp(kit.touch() * 0.9F, 60.0F, kit.touch()); }
    float keyGap() const { return kit.gap() * 0.5F; }

    // A typed answer, built from the bottom up so that the keyboard always fits: keys, the
    // failed check, the field with the help button beside it; the question takes the space
    // left above and shrinks to fit it.
    void typed(const core::Question& question, std::string_view textValue, bool withHelp)
    {
        const KeyRows rows = keys(question);
        const float keyboardHeight = static_cast<float>(rows.size()) * (keyHeight() + keyGap()) - keyGap();
        const float keyboardTop = area.bottom() - keyboardHeight;
        const float problemSpace = problemHeight();
        const float fieldHeight = std::max(kit.touch(), kit.body() * 2.2F);
        const float fieldTop = keyboardTop - kit.gap() - (problemSpace > 0.0F ? problemSpace + kit.gap() : 0.0F)
            - fieldHeight;

        const Rect headingBox{area.x, area.y, area.width, std::max(kit.body(), fieldTop - kit.gap() - area.y)};
        Widget& title = kit.add("question/text", WidgetKind::Label, Role::Screen, headingBox);
        kit.addText(title, textValue, formLanguage, headingBox, style(kit.title(), true), true);
        title.texts.back().y = headingBox.y;

        const float helpWidth = withHelp ? std::min(220.0F * kit.scale(), area.width * 0.3F) : 0.0F;
        field(question, Rect{area.x, fieldTop, area.width - (withHelp ? helpWidth + kit.gap() : 0.0F), fieldHeight});
        if (withHelp) {
            kit.button("question/help", kit.tr("question.help"), Role::Secondary,
                       Rect{area.right() - helpWidth, fieldTop, helpWidth, fieldHeight}, "help");
        }
        if (problemSpace > 0.0F) {
            problemAt(fieldTop + fieldHeight + kit.gap());
        }
        keyboard(rows, keyboardTop);
    }

    // What the empty field says: how to type the answer.
    std::string placeholder(const core::Question& question) const
    {
        if (question.latinOnly) {
            return kit.tr("question.type_latin");
        }
        if (core::isFreeText(question.type)) {
            return kit.tr("question.any_script");
        }
        return question.required ? std::string() : kit.tr("question.optional");
    }

    void field(const core::Question& question, Rect rect)
    {
        Widget& box = kit.add("answer/field", WidgetKind::TextField, Role::Field, rect);
        const Rect inner{rect.x + kit.gap(), rect.y, rect.width - 2.0F * kit.gap(), rect.height};
        const bool empty = session.draft.empty();
        // The placeholder starts just after the caret, which stands at the start of the line.
        const float caretSpace = empty ? kit.gap() * 0.6F : 0.0F;
        const Rect textBox{inner.x + caretSpace, inner.y, inner.width - caretSpace, inner.height};
        // A Latin-only answer runs left to right whatever the interface language.
        const std::string language = empty || !question.latinOnly ? kit.language() : std::string();
        kit.addText(box, empty ? placeholder(question) : session.draft, language, textBox,
                    TextStyle{empty ? kit.small() : kit.body() * 1.1F, text::Weight::Regular, TextAlign::Start, empty},
                    true);
        const text::Layout& laidOut = box.texts.empty() ? text::Layout() : box.texts.back().layout;
        const float top = box.texts.empty() ? inner.y : box.texts.back().y;
        const text::CaretPosition caret = text::caretPosition(laidOut, empty ? 0 : session.draft.size());
        const float caretHeight = empty ? kit.body() * 1.3F : caret.bottom - caret.top;
        const float caretTop = empty ? inner.y + (inner.height - caretHeight) / 2.0F : top + caret.top;
        const bool placeholderRightToLeft = laidOut.rightToLeft;
        // The caret stands before the placeholder, at the start of the line.
        const float caretWidth = std::max(2.0F, 3.0F * kit.scale());
        float caretX = empty ? (placeholderRightToLeft ? inner.width - caretWidth : 0.0F) : caret.x;
        if (kit.screenRightToLeft()) {
            // Positions inside a laid-out text do not mirror; the caret's rectangle will.
            caretX = inner.width - caretX - caretWidth;
        }
        Widget& caretWidget = kit.add("answer/caret", WidgetKind::Caret, Role::Field,
            Rect{inner.x + caretX, caretTop, caretWidth, caretHeight});
        caretWidget.fill = kit.theme().caret();
        caretWidget.borderWidth = 0.0F;
    }

    void keyboard(const KeyRows& rows, float top)
    {
        float units = 0.0F;
        for (const auto& row : rows) {
            float rowUnits = 0.0F;
            for (const KeyCap& key : row) {
                rowUnits += key.width;
            }
            units = std::max(units, rowUnits);
        }
        const float gap = keyGap();
        const bool numeric = units <= 3.0F;
        const float maxWidth = numeric ? std::min(area.width, 560.0F * kit.scale()) : area.width;
        const float keyWidth = std::max(60.0F, (maxWidth - (units - 1.0F) * gap) / units);
        const float total = units * keyWidth + (units - 1.0F) * gap;
        const float left = area.x + (area.width - total) / 2.0F;
        float y = top;
        for (const auto& row : rows) {
            float rowUnits = 0.0F;
            for (const KeyCap& key : row) {
                rowUnits += key.width;
            }
            float x = left + (units - rowUnits) * (keyWidth + gap) / 2.0F;
            for (const KeyCap& key : row) {
                const float width = key.width * keyWidth + (key.width - 1.0F) * gap;
                if (!key.id.empty()) {
                    const bool on = (key.id == "key/shift" && kit.input().ui.shift)
                        || (key.id == "key/symbols" && kit.input().ui.symbols);
                    Widget& cap = kit.add(key.id, WidgetKind::Key, on ? Role::Selected : Role::Key,
                                          kit.keepOrder(Rect{x, y, width, keyHeight()}));
                    if (!key.icon.empty()) {
                        kit.addIcon(cap, key.icon, cap.rect, std::min(keyHeight() * 0.6F, kit.body() * 1.3F));
                    } else {
                        kit.addText(cap, key.label, "en", cap.rect,
                                    TextStyle{kit.body() * 1.1F, text::Weight::Regular, TextAlign::Center, false}, true);
                    }
                }
                x += width + gap;
            }
            y += keyHeight() + gap;
        }
    }

    // ---- a repeating group's overview ----

    void overview()
    {
        const core::Group* group = form.findGroup(session.step->groupId);
        const core::FormTexts* texts = formTexts(form, session.formLanguage);
        const core::GroupTexts* groupTexts = nullptr;
        if (texts) {
            if (const auto found = texts->groups.find(session.step->groupId); found != texts->groups.end()) {
                groupTexts = &found->second;
            }
        }
        heading(groupTexts ? groupTexts->title : session.step->groupId, false);
        problem();
        const std::size_t count = view.memberCount(session.step->groupId);
        const float rowHeight = kit.touch();
        const float removeWidth = std::min(340.0F * kit.scale(), area.width * 0.35F);
        for (std::size_t i = 0; i < count; ++i) {
            std::string name = kit.tr("question.person", {{"n", static_cast<std::int64_t>(i + 1)}});
            if (group && !group->questions.empty() && i < session.members.at(group->id).size()) {
                const auto& answers = session.members.at(group->id)[i];
                if (const auto first = answers.find(group->questions.front().id);
                    first != answers.end() && !first->second.typed.empty()) {
                    name += ": " + text::isolate(first->second.typed);
                }
            }
            const std::string index = std::to_string(i);
            Widget& card = kit.add("member/edit/" + index, WidgetKind::Card, Role::Card,
                                   Rect{area.x, area.y, area.width - removeWidth - kit.gap(), rowHeight});
            kit.addIcon(card, "person", Rect{card.rect.x, card.rect.y, rowHeight, rowHeight}, kit.body() * 1.2F);
            kit.addText(card, name, kit.language(),
                        Rect{card.rect.x + rowHeight, card.rect.y, card.rect.width - rowHeight - kit.gap(), rowHeight},
                        style(kit.body()), true);
            kit.button("member/remove/" + index, kit.tr("question.remove_person"), Role::Secondary,
                       Rect{area.right() - removeWidth, area.y, removeWidth, rowHeight}, "delete");
            advance(rowHeight);
        }
        if (!group || !group->repeat || count < group->repeat->max) {
            kit.button("member/add", kit.tr("question.add_person"), Role::Secondary,
                       Rect{area.x, area.y, std::min(area.width, 420.0F * kit.scale()), kit.touch()}, "person_add");
        }
    }

    void build()
    {
        progress();
        if (session.step->isGroupOverview()) {
            overview();
            navigation(kit, true, "nav/next", kit.tr("question.next"));
            return;
        }
        const core::Question* question = view.question(*session.step);
        if (!question) {
            return;
        }
        const core::QuestionTexts* texts = questionTexts(form, session.formLanguage, question->id);
        std::string textValue = texts ? texts->text : question->id;
        if (session.step->member) {
            textValue = kit.tr("question.person", {{"n", static_cast<std::int64_t>(*session.step->member + 1)}})
                + " — " + textValue;
        }
        const bool withHelp = texts && !texts->help.empty();
        switch (question->type) {
        case QuestionType::YesNo:
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            heading(textValue, withHelp);
            if (!question->required) {
                note("question/optional", "question.optional");
            }
            break;
        default: break;
        }
        switch (question->type) {
        case QuestionType::YesNo:
            yesNo();
            problem();
            break;
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            problem();
            choices(*question);
            break;
        default: typed(*question, textValue, withHelp); break;
        }
        bottom(*question);
    }

    void bottom(const core::Question& question)
    {
        navigation(kit, true, "nav/next", kit.tr("question.next"));
        if (question.dontKnowAllowed) {
            const Rect bar = kit.bottomBar();
            const NavigationWidths widths = navigationWidths(kit);
            kit.button("nav/dont_know", kit.tr("question.dont_know"), Role::Secondary,
                       Rect{kit.gap() * 3.0F + widths.back, bar.y + kit.gap(), widths.middle, kit.touch()});
        }
    }
};

} // namespace

void buildQuestion(ScreenKit& kit, const core::Template& form)
{
    if (!kit.input().session.step) {
        return;
    }
    QuestionLayout layout(kit, form);
    layout.build();
}

} // namespace helder::ui
