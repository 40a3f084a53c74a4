// Check your answers (DESIGN §2, step 5): every answer with a Change button, a page at a time.

#include "core/SessionView.hpp"
#include "text/Bidi.hpp"
#include "ui/CodeEntry.hpp"
#include "ui/Screens.hpp"
#include "ui/StepKey.hpp"

#include <algorithm>
#include <cmath>

namespace helder::ui {
namespace {

// What the visitor answered, in words they recognise.
std::string answerText(ScreenKit& kit, const core::Template& form, const core::Question& question,
                       const core::Answer* answer)
{
    if (!answer) {
        return kit.tr("review.not_answered");
    }
    if (answer->isDontKnow()) {
        return kit.tr("review.dont_know");
    }
    if (answer->keptAsTyped) {
        return text::isolate(answer->typed) + " (" + kit.tr("review.kept_as_typed") + ")";
    }
    if (question.type == core::QuestionType::YesNo) {
        return kit.tr(answer->value.asBool().value_or(false) ? "question.yes" : "question.no");
    }
    if (question.type == core::QuestionType::SingleChoice || question.type == core::QuestionType::MultipleChoice) {
        const core::QuestionTexts* texts = questionTexts(form, kit.input().session.formLanguage, question.id);
        std::vector<std::string> ids;
        if (const core::Choices* chosen = answer->value.asChoices()) {
            ids = *chosen;
        } else if (const std::string* one = answer->value.asText()) {
            ids.push_back(*one);
        }
        std::string joined;
        for (const std::string& id : ids) {
            std::string label = id;
            if (texts) {
                if (const auto found = texts->choices.find(id); found != texts->choices.end()) {
                    label = found->second;
                }
            }
            joined += (joined.empty() ? "" : ", ") + label;
        }
        return joined;
    }
    // A register number or an IBAN in the groups of the visitor's own papers, as they typed it.
    return text::isolate(shownWhileTyping(question.type, answer->typed));
}

} // namespace

void buildReview(ScreenKit& kit, const core::Template& form)
{
    const core::Session& session = kit.input().session;
    const core::SessionView view(form, session);
    const std::string formLanguage = formTextLanguage(form, session.formLanguage);
    Rect area = kit.content();
    auto advance = [&area, &kit](float used) {
        area.y += used + kit.gap();
        area.height -= used + kit.gap();
    };
    advance(kit.paragraph("review/title", kit.tr("review.title"), kit.language(), area,
                          TextStyle{kit.title(), text::Weight::Bold, TextAlign::Start, false}));
    advance(kit.paragraph("review/intro", kit.tr("review.intro"), kit.language(), area,
                          TextStyle{kit.small(), text::Weight::Regular, TextAlign::Start, true}));
    const core::FormTexts* texts = formTexts(form, session.formLanguage);
    // "You may also have a right to ..." on the first page only, where the visitor starts reading;
    // later pages give their room to answers.
    const TextStyle hintStyle{kit.small(), text::Weight::Regular, TextAlign::Start, false};
    std::vector<std::pair<std::string, std::string>> hints; // id, text
    float hintsHeight = 0.0F;
    for (const core::RightsHint* hint : view.applyingHints()) {
        std::string name = hint->id;
        if (texts) {
            if (const auto found = texts->rightsHints.find(hint->id); found != texts->rightsHints.end()) {
                name = found->second;
            }
        }
        std::string line =
            kit.tr("rights.may_have_right", {{"hint", text::isolate(name)}}) + "\n" + kit.tr("rights.ask_desk");
        hintsHeight += kit.layout(line, kit.language(), area.width - kit.gap(), hintStyle).height + kit.gap() * 1.8F;
        hints.emplace_back(hint->id, std::move(line));
    }

    struct Row {
        core::Step step;
        std::string label;
        std::string value;
    };
    std::vector<Row> rows;
    for (const core::Step& step : view.steps()) {
        if (step.isGroupOverview()) {
            std::string title = step.groupId;
            if (texts) {
                if (const auto found = texts->groups.find(step.groupId); found != texts->groups.end()) {
                    title = found->second.title;
                }
            }
            rows.push_back(Row{step, title,
                                kit.tr("review.people", {{"count", static_cast<std::int64_t>(view.memberCount(step.groupId))}})});
            continue;
        }
        const core::Question* question = view.question(step);
        if (!question) {
            continue;
        }
        const core::QuestionTexts* questionText = questionTexts(form, session.formLanguage, step.questionId);
        std::string label = questionText ? questionText->text : step.questionId;
        if (step.member) {
            label = kit.tr("question.person", {{"n", static_cast<std::int64_t>(*step.member + 1)}}) + " — " + label;
        }
        rows.push_back(Row{step, label, answerText(kit, form, *question, view.answer(step))});
    }

    const float rowHeight = std::max(kit.touch(), kit.small() * 1.5F + kit.body() * 1.5F);
    const auto rowsIn = [&kit, rowHeight](float height) {
        return static_cast<std::size_t>(
            std::max(1.0F, std::floor((height + kit.gap() * 0.5F) / (rowHeight + kit.gap() * 0.5F))));
    };
    const std::size_t perPage = rowsIn(area.height);
    const std::size_t onFirstPage = hints.empty() ? perPage : rowsIn(area.height - hintsHeight);
    const std::size_t pages =
        rows.size() <= onFirstPage ? 1 : 1 + (rows.size() - onFirstPage + perPage - 1) / perPage;
    const std::size_t page = std::min(kit.input().ui.reviewPage, pages - 1);
    if (page == 0) {
        for (const auto& [id, line] : hints) {
            Widget& panel = kit.add("review/hint/" + id, WidgetKind::Label, Role::Hint, area);
            const float height = kit.addText(
                panel, line, kit.language(),
                Rect{area.x + kit.gap() * 0.5F, area.y + kit.gap() * 0.4F, area.width - kit.gap(), area.height},
                hintStyle);
            panel.rect.height = height + kit.gap() * 0.8F;
            panel.borderWidth = std::max(1.0F, 2.0F * kit.scale());
            advance(panel.rect.height);
        }
    }
    const std::size_t first = page == 0 ? 0 : onFirstPage + (page - 1) * perPage;
    const std::size_t last = std::min(rows.size(), first + (page == 0 ? onFirstPage : perPage));
    const float changeWidth = std::min(240.0F * kit.scale(), area.width * 0.3F);
    for (std::size_t i = first; i < last; ++i) {
        const Row& row = rows[i];
        const std::string key = stepKey(row.step);
        Widget& line = kit.add("review/row/" + key, WidgetKind::Label, Role::Card,
                               Rect{area.x, area.y, area.width - changeWidth - kit.gap(), rowHeight});
        const Rect inner{line.rect.x + kit.gap() * 0.5F, line.rect.y + kit.gap() * 0.2F, line.rect.width - kit.gap(),
                         rowHeight * 0.45F};
        kit.addText(line, row.label, formLanguage, inner,
                    TextStyle{kit.small(), text::Weight::Regular, TextAlign::Start, true}, true);
        kit.addText(line, row.value, kit.language(),
                    Rect{inner.x, inner.bottom(), inner.width, rowHeight - inner.height - kit.gap() * 0.4F},
                    TextStyle{kit.body(), text::Weight::Bold, TextAlign::Start, false}, true);
        kit.button("review/change/" + key, kit.tr("review.change"), Role::Secondary,
                   Rect{area.right() - changeWidth, area.y + (rowHeight - kit.touch()) / 2.0F, changeWidth,
                        std::max(kit.touch(), 60.0F)});
        area.y += rowHeight + kit.gap() * 0.5F;
    }

    navigation(kit, true, "review/print", kit.tr("review.print"));
    if (pages > 1) {
        // Earlier and later answers, in the middle place beside Back.
        const Rect bar = kit.bottomBar();
        const NavigationWidths widths = navigationWidths(kit);
        const float width = (widths.middle - kit.gap()) / 2.0F;
        const float left = kit.gap() * 3.0F + widths.back;
        if (page > 0) {
            kit.button("review/page/" + std::to_string(page - 1), {}, Role::Secondary,
                       Rect{left, bar.y + kit.gap(), width, kit.touch()}, "expand_less");
        }
        if (page + 1 < pages) {
            kit.button("review/page/" + std::to_string(page + 1), {}, Role::Secondary,
                       Rect{left + width + kit.gap(), bar.y + kit.gap(), width, kit.touch()}, "expand_more");
        }
    }
}

} // namespace helder::ui
