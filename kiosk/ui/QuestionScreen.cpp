// One question per screen, or a repeating group's overview (DESIGN §2, step 4).

#include "core/SessionView.hpp"
#include "i18n/MessageArgs.hpp"
#include "text/Bidi.hpp"
#include "text/TextEditing.hpp"
#include "ui/CodeEntry.hpp"
#include "ui/KeyLabel.hpp"
#include "ui/OnScreenKeyboard.hpp"
#include "ui/Screens.hpp"
#include "ui/TypingKeys.hpp"
#include "ui/SoundBar.hpp"

#include <algorithm>
#include <cmath>
#include <map>
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
    // The last check's problem, or while typing a national register number or an IBAN, the
    // check of the complete number.
    std::optional<core::ValidationProblem> shownProblem;

    QuestionLayout(ScreenKit& k, const core::Template& f)
        : kit(k), form(f), session(k.input().session), view(f, k.input().session),
          formLanguage(formTextLanguage(f, k.input().session.formLanguage)), area(k.content()),
          shownProblem(k.input().session.problem)
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
        if (shownProblem->messageKey == "validation.rule") {
            const core::FormTexts* texts = formTexts(form, session.formLanguage);
            const auto rule = shownProblem->args.find("rule");
            if (texts && rule != shownProblem->args.end()) {
                if (const auto found = texts->rules.find(rule->second); found != texts->rules.end()) {
                    return {found->second, formLanguage};
                }
            }
        }
        return {kit.tr(shownProblem->messageKey, i18n::toMessageArgs(shownProblem->args)), kit.language()};
    }

    bool canKeep() const
    {
        return session.problem && session.problem->messageKey != "validation.required" && !session.draft.empty();
    }

    float keepWidth() const { return canKeep() ? std::min(380.0F * kit.scale(), area.width * 0.4F) : 0.0F; }

    float problemHeight()
    {
        if (!shownProblem) {
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
        if (!shownProblem) {
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
        const float share = (area.height - static_cast<float>(rows) * kit.gap()) / static_cast<float>(std::max<std::size_t>(rows, 1));
        const float iconSize = kit.body() * 1.6F;
        const float textWidth = cardWidth - iconSize - 3.0F * kit.gap();
        const TextStyle style{kit.body(), text::Weight::Regular, TextAlign::Start, false};
        const auto labelOf = [&](const core::Choice& choice) {
            if (texts) {
                if (const auto found = texts->choices.find(choice.id); found != texts->choices.end()) {
                    return found->second;
                }
            }
            return choice.id;
        };
        // Every card as tall as the longest label needs at the body size, as far as the screen
        // allows: a label shrunk to fit would stand out beside its neighbours (a long Arabic one did).
        float tallestLabel = 0.0F;
        for (const core::Choice& choice : question.choices) {
            tallestLabel = std::max(tallestLabel, kit.layout(labelOf(choice), formLanguage, textWidth, style).height);
        }
        const float cardHeight = std::max(std::clamp(share, std::max(60.0F, kit.touch()), kit.touch() * 1.4F),
                                          std::min(share, tallestLabel + kit.gap() * 0.6F));
        for (std::size_t i = 0; i < count; ++i) {
            const core::Choice& choice = question.choices[i];
            const bool isChosen = std::ranges::find(chosen, choice.id) != chosen.end();
            const Rect rect{area.x + static_cast<float>(i % columns) * (cardWidth + kit.gap()),
                            area.y + static_cast<float>(i / columns) * (cardHeight + kit.gap()), cardWidth, cardHeight};
            Widget& card = kit.add("choice/" + choice.id, WidgetKind::Card, isChosen ? Role::Selected : Role::Card, rect);
            if (isChosen) {
                card.borderWidth *= 2.5F;
            }
            const std::string icon = isChosen && question.type == QuestionType::MultipleChoice ? "check_box"
                                                                                               : choice.icon;
            kit.addIcon(card, icon, Rect{rect.x + kit.gap() * 0.5F, rect.y, iconSize + kit.gap(), rect.height},
                        std::min(iconSize, cardHeight * 0.6F));
            kit.addText(card, labelOf(choice), formLanguage,
                        Rect{rect.x + iconSize + 2.0F * kit.gap(), rect.y + kit.gap() * 0.3F, textWidth,
                             rect.height - kit.gap() * 0.6F},
                        style, true);
        }
        advance(static_cast<float>(rows) * (cardHeight + kit.gap()) - kit.gap());
    }

    // Keys are as tall as a touch target allows; a keyboard of five rows or more (a layout with
    // its number row) keeps to the 60 px minimum, so that the question keeps its room.
    float keyRowHeight = 0.0F;
    float keyHeight() const { return keyRowHeight; }
    float keyGap() const { return kit.gap() * 0.5F; }

    // As many key widths a row as keep every key at least 62 px wide.
    std::size_t maxUnits() const
    {
        return static_cast<std::size_t>(std::max(4.0F, std::floor((area.width + keyGap()) / (62.0F + keyGap()))));
    }

    // A typed answer, built from the bottom up so that the keyboard or the date picker always
    // fits: the input, the failed check, the field with the help button beside it; the question
    // takes the space left above and shrinks to fit it.
    void typed(const core::Question& question, std::string_view textValue, bool withHelp)
    {
        const bool date = question.type == QuestionType::Date;
        const TypingKeys keys = date ? TypingKeys{} : typingKeys(question, kit.input(), maxUnits());
        keyRowHeight = keys.rows.size() >= 5 ? 60.0F : std::clamp(kit.touch() * 0.9F, 60.0F, kit.touch());
        const float inputHeight = date ? datePickerHeight(kit, question, area.width)
                                       : static_cast<float>(keys.rows.size()) * (keyHeight() + keyGap()) - keyGap();
        const float inputTop = area.bottom() - inputHeight;
        const float problemSpace = problemHeight();
        const float fieldHeight = std::max(kit.touch(), kit.body() * 2.2F);
        const float fieldTop = inputTop - kit.gap() - (problemSpace > 0.0F ? problemSpace + kit.gap() : 0.0F)
            - fieldHeight;

        const Rect headingBox{area.x, area.y, area.width, std::max(kit.body(), fieldTop - kit.gap() - area.y)};
        Widget& title = kit.add("question/text", WidgetKind::Label, Role::Screen, headingBox);
        kit.addText(title, textValue, formLanguage, headingBox, style(kit.title(), true), true);
        title.texts.back().y = headingBox.y;

        const float helpWidth = withHelp ? std::min(220.0F * kit.scale(), area.width * 0.3F) : 0.0F;
        const std::string shown = date ? shownDate(kit) : shownWhileTyping(question.type, session.draft);
        field(question, Rect{area.x, fieldTop, area.width - (withHelp ? helpWidth + kit.gap() : 0.0F), fieldHeight},
              shown, !date);
        if (withHelp) {
            kit.button("question/help", kit.tr("question.help"), Role::Secondary,
                       Rect{area.right() - helpWidth, fieldTop, helpWidth, fieldHeight}, "help");
        }
        if (problemSpace > 0.0F) {
            problemAt(fieldTop + fieldHeight + kit.gap());
        }
        if (date) {
            datePicker(kit, question, Rect{area.x, inputTop, area.width, inputHeight});
        } else {
            keyboard(keys, inputTop);
        }
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

    // The answer as shown (`shown`: the draft in the groups of its type, or the chosen date),
    // with a caret after it while it is typed.
    void field(const core::Question& question, Rect rect, const std::string& shown, bool withCaret)
    {
        Widget& box = kit.add("answer/field", WidgetKind::TextField, Role::Field, rect);
        const Rect inner{rect.x + kit.gap(), rect.y, rect.width - 2.0F * kit.gap(), rect.height};
        const bool empty = shown.empty();
        // The placeholder starts just after the caret, which stands at the start of the line.
        const float caretSpace = empty ? kit.gap() * 0.6F : 0.0F;
        const Rect textBox{inner.x + caretSpace, inner.y, inner.width - caretSpace, inner.height};
        // A Latin-only answer runs left to right whatever the interface language.
        const std::string language = empty || !question.latinOnly ? kit.language() : std::string();
        kit.addText(box, empty ? placeholder(question) : shown, language, textBox,
                    TextStyle{empty ? kit.small() : kit.body() * 1.1F, text::Weight::Regular, TextAlign::Start, empty},
                    true);
        if (!withCaret) {
            return;
        }
        const text::Layout& laidOut = box.texts.empty() ? text::Layout() : box.texts.back().layout;
        const float top = box.texts.empty() ? inner.y : box.texts.back().y;
        const text::CaretPosition caret = text::caretPosition(laidOut, empty ? 0 : shown.size());
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

    static float rowUnits(const std::vector<KeyCap>& row)
    {
        float units = 0.0F;
        for (const KeyCap& key : row) {
            units += key.width;
        }
        return units;
    }

    void keyboard(const TypingKeys& keys, float top)
    {
        float units = 0.0F;
        for (const auto& row : keys.rows) {
            units = std::max(units, rowUnits(row));
        }
        const float gap = keyGap();
        const bool numeric = units <= 3.0F;
        const float maxWidth = numeric ? std::min(area.width, 560.0F * kit.scale()) : area.width;
        const float keyWidth = std::max(60.0F, (maxWidth - (units - 1.0F) * gap) / units);
        const float total = units * keyWidth + (units - 1.0F) * gap;
        const float left = area.x + (area.width - total) / 2.0F;
        const std::string& open = kit.input().ui.longPressKey;
        std::optional<std::pair<Rect, const KeyCap*>> opened;
        float y = top;
        for (const auto& row : keys.rows) {
            float x = left + (units - rowUnits(row)) * (keyWidth + gap) / 2.0F;
            for (const KeyCap& key : row) {
                const float width = key.width * keyWidth + (key.width - 1.0F) * gap;
                if (!key.id.empty()) {
                    const Rect physical{x, y, width, keyHeight()};
                    const bool on = (key.id == "key/shift" && kit.input().ui.shift)
                        || (key.id == "key/symbols" && kit.input().ui.symbols) || key.id == open;
                    Widget& cap = kit.add(key.id, WidgetKind::Key, on ? Role::Selected : Role::Key, kit.keepOrder(physical));
                    // A consonant opens its orders on a tap; a letter types, and opens its
                    // choices only when held.
                    cap.longPress = !key.longPress.empty() && key.id.starts_with(characterKeyPrefix);
                    if (!key.icon.empty()) {
                        kit.addIcon(cap, key.icon, cap.rect, std::min(keyHeight() * 0.6F, kit.body() * 1.3F));
                    } else {
                        const bool own = !key.id.starts_with("key/") || key.id.starts_with(characterKeyPrefix);
                        kit.addText(cap, key.label, own ? keys.language : kit.language(),
                                    Rect{cap.rect.x + gap * 0.5F, cap.rect.y, cap.rect.width - gap, cap.rect.height},
                                    TextStyle{kit.body() * 1.1F, text::Weight::Regular, TextAlign::Center, false, true},
                                    true);
                    }
                    if (key.id == open && !key.longPress.empty() && !opened) {
                        opened.emplace(physical, &key);
                    }
                }
                x += width + gap;
            }
            y += keyHeight() + gap;
        }
        if (opened) {
            openChoices = OpenChoices{*opened->second, opened->first, keyWidth, keys.language};
        }
    }

    // A held key's choices, drawn last so that they cover the whole screen.
    struct OpenChoices {
        KeyCap key;
        Rect at;
        float keyWidth = 0.0F;
        std::string language;
    };
    std::optional<OpenChoices> openChoices;

    // The choices of a held key or a tapped Ge'ez consonant, in a row above it over a dimmed
    // screen, with a key that closes them.
    void choicesOf(const KeyCap& key, Rect at, float keyWidth, const std::string& language)
    {
        const float gap = keyGap();
        const float width = std::max(keyWidth, std::min(96.0F * kit.scale(), area.width / 6.0F));
        const float height = std::max(keyHeight(), kit.touch());
        const std::size_t count = key.longPress.size() + 1;
        const auto perRow = std::min(count, static_cast<std::size_t>(std::max(
            1.0F, std::floor((area.width - 2.0F * gap + gap) / (width + gap)))));
        const std::size_t rows = (count + perRow - 1) / perRow;
        const float boxWidth = static_cast<float>(perRow) * (width + gap) + gap;
        const float boxHeight = static_cast<float>(rows) * (height + gap) + gap;
        const float boxX = std::clamp(at.x + at.width / 2.0F - boxWidth / 2.0F, area.x, area.right() - boxWidth);
        const float boxY = std::max(area.y, at.y - boxHeight - gap);
        kit.add("key/choices_backdrop", WidgetKind::Backdrop, Role::Backdrop,
                Rect{0.0F, 0.0F, kit.input().width, kit.input().height});
        kit.add("key/choices", WidgetKind::Panel, Role::Dialog, kit.keepOrder(Rect{boxX, boxY, boxWidth, boxHeight}));
        for (std::size_t i = 0; i < count; ++i) {
            const Rect rect{boxX + gap + static_cast<float>(i % perRow) * (width + gap),
                            boxY + gap + static_cast<float>(i / perRow) * (height + gap), width, height};
            if (i + 1 == count) {
                Widget& close = kit.add("key/pick_close", WidgetKind::Key, Role::Key, kit.keepOrder(rect));
                kit.addIcon(close, "close", close.rect, std::min(height * 0.6F, kit.body() * 1.3F));
                continue;
            }
            const std::string& typed = key.longPress[i];
            Widget& choice = kit.add(std::string(choiceKeyPrefix) + typed, WidgetKind::Key, Role::Key, kit.keepOrder(rect));
            kit.addText(choice, keyLabel(typed), language,
                        Rect{choice.rect.x + gap * 0.5F, choice.rect.y, choice.rect.width - gap, choice.rect.height},
                        TextStyle{kit.body() * 1.3F, text::Weight::Regular, TextAlign::Center, false, true}, true);
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

    // "Remove this person and their answers?" before a member goes.
    void confirmRemove()
    {
        const Rect inner = dialogBox(kit, "dialog/remove_person",
                                     std::min(kit.input().height * 0.6F, 420.0F * kit.scale()));
        kit.paragraph("dialog/text", kit.tr("question.remove_person_confirm"), kit.language(), inner,
                      TextStyle{kit.title(), text::Weight::Bold, TextAlign::Center, false}, Role::Dialog);
        dialogButtons(kit, inner, "dialog/remove_yes", kit.tr("question.remove_person"), "dialog/remove_no",
                      kit.tr("question.keep_person"));
    }

    void build()
    {
        progress();
        if (session.step->isGroupOverview()) {
            overview();
            navigation(kit, true, "nav/next", kit.tr("question.next"));
            if (kit.input().ui.confirmRemove && session.dialog == core::Dialog::None) {
                confirmRemove();
            }
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
        if (!shownProblem) {
            shownProblem = checkWhileTyping(question->type, session.draft);
        }
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
        if (openChoices) {
            choicesOf(openChoices->key, openChoices->at, openChoices->keyWidth, openChoices->language);
        }
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
