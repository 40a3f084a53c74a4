#include "printer/ReviewSheet.hpp"

#include "i18n/Catalog.hpp"
#include "i18n/PaperFormat.hpp"
#include "text/TextEngine.hpp"

#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <optional>

namespace helder::printer {
namespace {

constexpr float kTitleSize = 18.0F;
constexpr float kHeadingSize = 14.0F;
constexpr float kTextSize = 12.0F;
constexpr float kSmallestSize = 11.0F;  // DESIGN §3: nothing on paper under 11 pt
constexpr double kAnswerIndent = 18.0;
constexpr double kSignatureHeight = 80.0;
constexpr double kSignatureGap = 20.0;

std::string replaced(std::string text, std::string_view placeholder, const std::string& by)
{
    for (std::size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + by.size()))
        text.replace(at, placeholder.size(), by);
    return text;
}

// The name of `language` in `in` ("ar" in "nl" → "Arabisch"), from ICU; the code when ICU has none.
std::string languageName(const std::string& language, const std::string& in)
{
    std::array<UChar, 128> name{};
    UErrorCode status = U_ZERO_ERROR;
    const std::int32_t length = uloc_getDisplayLanguage(language.c_str(), in.c_str(), name.data(),
                                                        static_cast<std::int32_t>(name.size()), &status);
    if (U_FAILURE(status) || length <= 0 || status == U_USING_DEFAULT_WARNING)
        return language;
    std::array<char, 512> utf8{};
    std::int32_t written = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(utf8.data(), static_cast<std::int32_t>(utf8.size()), &written, name.data(), length, &status);
    if (U_FAILURE(status) || written <= 0)
        return language;
    return std::string(utf8.data(), static_cast<std::size_t>(written));
}

class Sheet {
public:
    Sheet(const ReviewSheetContent& content, text::TextEngine& engine)
        : m_content(content)
        , m_form(content.view.form())
        , m_session(content.view.session())
        , m_worker(content.workerLanguage)
        , m_visitor(m_session.interfaceLanguage.empty() ? m_worker : m_session.interfaceLanguage)
        , m_flow(engine)
    {
        const std::string& formLanguage = m_session.formLanguage.empty() ? m_visitor : m_session.formLanguage;
        m_workerTexts = textsIn(m_worker);
        if (!m_workerTexts)
            m_workerTexts = textsIn(m_form.officialLanguage);
        m_visitorTexts = formLanguage == m_worker ? nullptr : textsIn(formLanguage);
    }

    std::expected<SheetPdf, std::string> write()
    {
        header();
        for (const core::Step& step : m_content.view.steps())
            question(step);
        documents();
        hints();
        signatures();
        return m_flow.finish();
    }

private:
    const core::FormTexts* textsIn(const std::string& language) const
    {
        const auto found = m_form.texts.find(language);
        return found == m_form.texts.end() ? nullptr : &found->second;
    }

    [[nodiscard]] bool bilingual() const { return m_visitor != m_worker; }

    std::string label(const std::string& language, std::string_view key, const i18n::MessageArgs& args = {}) const
    {
        return m_content.catalog.formatForPaper(language, key, args);
    }

    // A catalog message in the worker's language, then in the visitor's when it differs.
    void labels(std::string_view key, const i18n::MessageArgs& args, SheetParagraph style)
    {
        style.text = label(m_worker, key, args);
        style.language = m_worker;
        m_flow.add(style);
        if (!bilingual())
            return;
        const std::string visitor = label(m_visitor, key, args);
        if (visitor == style.text)
            return;
        style.text = visitor;
        style.language = m_visitor;
        style.spaceBefore = 0;
        m_flow.add(style);
    }

    // A form text (a question, a document, a hint) in the worker's language and the visitor's.
    void formTexts(const std::string& worker, const std::string& visitor, SheetParagraph style)
    {
        style.text = worker;
        style.language = m_worker;
        m_flow.add(style);
        if (visitor.empty() || visitor == worker)
            return;
        style.text = visitor;
        style.language = m_session.formLanguage;
        style.weight = text::Weight::Regular;
        style.spaceBefore = 0;
        m_flow.add(style);
    }

    void header()
    {
        labels("sheet.title", {}, {.fontSize = kTitleSize, .weight = text::Weight::Bold});
        const std::string workerTitle = m_workerTexts ? m_workerTexts->title : m_form.id;
        const std::string visitorTitle = m_visitorTexts ? m_visitorTexts->title : std::string();
        m_flow.add({.text = label(m_worker, "sheet.form", {{"name", workerTitle}, {"version", m_form.version}}),
                    .language = m_worker, .fontSize = kTextSize, .spaceBefore = 8});
        if (!visitorTitle.empty() && visitorTitle != workerTitle)
            m_flow.add({.text = label(m_visitor, "sheet.form", {{"name", visitorTitle}, {"version", m_form.version}}),
                        .language = m_visitor, .fontSize = kTextSize});
        if (bilingual()) {
            m_flow.add({.text = label(m_worker, "sheet.visitor_language", {{"language", languageName(m_visitor, m_worker)}}),
                        .language = m_worker, .fontSize = kTextSize});
            m_flow.add({.text = label(m_visitor, "sheet.visitor_language", {{"language", languageName(m_visitor, m_visitor)}}),
                        .language = m_visitor, .fontSize = kTextSize});
        }
        const auto date = i18n::formatDateForPaper(m_content.printedOn, "dd/MM/yyyy");
        m_flow.add({.text = label(m_worker, "sheet.date") + ": " + date.value_or(m_content.printedOn.toIso()),
                    .language = m_worker, .fontSize = kTextSize});
        m_flow.space(10);
    }

    const core::QuestionTexts* questionTexts(const core::FormTexts* texts, const std::string& id) const
    {
        if (!texts)
            return nullptr;
        const auto found = texts->questions.find(id);
        return found == texts->questions.end() ? nullptr : &found->second;
    }

    const core::GroupTexts* groupTexts(const core::FormTexts* texts, const std::string& id) const
    {
        if (!texts)
            return nullptr;
        const auto found = texts->groups.find(id);
        return found == texts->groups.end() ? nullptr : &found->second;
    }

    void groupHeading(const core::Step& step)
    {
        const core::GroupTexts* worker = groupTexts(m_workerTexts, step.groupId);
        const core::GroupTexts* visitor = groupTexts(m_visitorTexts, step.groupId);
        if (!step.member) {
            formTexts(worker ? worker->title : step.groupId, visitor ? visitor->title : std::string(),
                      {.fontSize = kHeadingSize, .weight = text::Weight::Bold, .spaceBefore = 10});
            return;
        }
        const std::string number = std::to_string(*step.member + 1);
        const std::string workerMember = worker && !worker->member.empty()
                                             ? replaced(worker->member, "{n}", number)
                                             : label(m_worker, "question.person", {{"n", std::int64_t{static_cast<std::int64_t>(*step.member) + 1}}});
        const std::string visitorMember = visitor && !visitor->member.empty() ? replaced(visitor->member, "{n}", number)
                                                                              : std::string();
        formTexts(workerMember, visitorMember, {.fontSize = kTextSize, .weight = text::Weight::Bold, .spaceBefore = 8});
    }

    std::string choiceText(const core::FormTexts* texts, const std::string& questionId, const std::string& choice) const
    {
        const core::QuestionTexts* question = questionTexts(texts, questionId);
        if (!question)
            return {};
        const auto found = question->choices.find(choice);
        return found == question->choices.end() ? std::string() : found->second;
    }

    // The answer as the worker reads it; choices and yes/no also in the visitor's words.
    std::vector<std::pair<std::string, std::string>> answerLines(const core::Question& question,
                                                                 const core::Answer& answer) const
    {
        const core::Value& value = answer.value;
        if (answer.keptAsTyped)
            return {{answer.typed, {}}};
        if (const auto yes = value.asBool()) {
            const char* key = *yes ? "question.yes" : "question.no";
            return {{label(m_worker, key), label(m_visitor, key)}};
        }
        if (const auto date = value.asDate())
            return {{i18n::formatDateForPaper(*date, "dd/MM/yyyy").value_or(date->toIso()), {}}};
        if (const auto number = value.asNumber()) {
            if (question.type == core::QuestionType::Money)
                return {{i18n::formatMoneyForPaper(*number) + " €", {}}};
            // Latin digits and a decimal comma, as many decimals as were typed.
            std::string plain = number->toString();
            std::ranges::replace(plain, '.', ',');
            return {{plain, {}}};
        }
        std::vector<std::string> chosen;
        if (const core::Choices* several = value.asChoices())
            chosen = *several;
        else if (question.type == core::QuestionType::SingleChoice && value.asText())
            chosen.push_back(*value.asText());
        if (!chosen.empty()) {
            std::vector<std::pair<std::string, std::string>> lines;
            for (const std::string& choice : chosen) {
                const std::string worker = choiceText(m_workerTexts, question.id, choice);
                lines.emplace_back(worker.empty() ? choice : worker, choiceText(m_visitorTexts, question.id, choice));
            }
            return lines;
        }
        const std::string text = value.asText() ? *value.asText() : answer.typed;
        return {{text, {}}};
    }

    bool leftForWorker(const core::Step& step) const
    {
        return std::ranges::any_of(m_content.forWorker, [&](const ForWorker& left) {
            return left.questionId == step.questionId && left.member == step.member;
        });
    }

    void question(const core::Step& step)
    {
        if (step.groupId != m_lastGroup || step.member != m_lastMember) {
            if (!step.groupId.empty())
                groupHeading(step);
            m_lastGroup = step.groupId;
            m_lastMember = step.member;
        }
        if (step.isGroupOverview())
            return;
        const core::Question* question = m_content.view.question(step);
        if (!question)
            return;
        const core::QuestionTexts* worker = questionTexts(m_workerTexts, question->id);
        const core::QuestionTexts* visitor = questionTexts(m_visitorTexts, question->id);
        // A question, its translation and the first lines of its answer belong on one page.
        m_flow.keepRoom(4 * 16.0);
        formTexts(worker ? worker->text : question->id, visitor ? visitor->text : std::string(),
                  {.fontSize = kTextSize, .weight = text::Weight::Bold, .spaceBefore = 8});

        const SheetParagraph answerStyle{.fontSize = kTextSize, .indent = kAnswerIndent, .spaceBefore = 2};
        SheetParagraph flagged = answerStyle;
        flagged.shaded = true;
        const core::Answer* answer = m_content.view.answer(step);
        if (!answer) {
            labels("sheet.not_answered", {}, flagged);
            return;
        }
        if (answer->isDontKnow()) {
            labels("sheet.dont_know", {}, flagged);
            return;
        }
        const bool toTranslate = leftForWorker(step) ||
                                 (core::isFreeText(question->type) && question->otherScript == core::OtherScriptPolicy::Worker &&
                                  hasNonLatinLetters(answer->typed));
        for (const auto& [workerText, visitorText] : answerLines(*question, *answer)) {
            SheetParagraph line = answer->keptAsTyped || toTranslate ? flagged : answerStyle;
            // The answer in its own script: the visitor's language when it is not Latin.
            line.language = hasNonLatinLetters(workerText) ? m_visitor : m_worker;
            line.text = workerText;
            m_flow.add(line);
            if (!visitorText.empty() && visitorText != workerText) {
                line.text = visitorText;
                line.language = m_visitor;
                line.spaceBefore = 0;
                m_flow.add(line);
            }
        }
        if (answer->keptAsTyped) {
            const i18n::MessageArgs problemArgs = i18n::toMessageArgs(answer->keptAsTyped->args);
            labels("sheet.kept_as_typed", {{"reason", label(m_worker, answer->keptAsTyped->messageKey, problemArgs)}}, flagged);
        }
        if (toTranslate)
            labels("sheet.to_translate", {}, flagged);
    }

    void documents()
    {
        const std::vector<const core::Document*> documents = m_content.view.documents();
        if (documents.empty())
            return;
        m_flow.keepRoom(5 * 16.0);
        labels("sheet.documents", {}, {.fontSize = kHeadingSize, .weight = text::Weight::Bold, .spaceBefore = 16});
        for (const core::Document* document : documents) {
            const std::string worker = documentText(m_workerTexts, document->id);
            const std::string visitor = documentText(m_visitorTexts, document->id);
            formTexts("• " + (worker.empty() ? document->id : worker), visitor.empty() ? visitor : "• " + visitor,
                      {.fontSize = kTextSize, .indent = 8, .spaceBefore = 4});
        }
    }

    static std::string documentText(const core::FormTexts* texts, const std::string& id)
    {
        if (!texts)
            return {};
        const auto found = texts->documents.find(id);
        return found == texts->documents.end() ? std::string() : found->second;
    }

    static std::string hintText(const core::FormTexts* texts, const std::string& id)
    {
        if (!texts)
            return {};
        const auto found = texts->rightsHints.find(id);
        return found == texts->rightsHints.end() ? std::string() : found->second;
    }

    void hints()
    {
        for (const core::RightsHint* hint : m_content.view.applyingHints()) {
            m_flow.keepRoom(3 * 16.0);
            const std::string worker = hintText(m_workerTexts, hint->id);
            const std::string visitor = hintText(m_visitorTexts, hint->id);
            m_flow.add({.text = label(m_worker, "sheet.also_check", {{"hint", worker.empty() ? hint->id : worker}}),
                        .language = m_worker, .fontSize = kTextSize, .weight = text::Weight::Bold, .spaceBefore = 10});
            if (!visitor.empty() && bilingual())
                m_flow.add({.text = label(m_visitor, "sheet.also_check", {{"hint", visitor}}), .language = m_visitor,
                            .fontSize = kTextSize});
        }
    }

    void signatures()
    {
        const double width = (SheetFlow::contentWidth - kSignatureGap) / 2;
        m_flow.keepRoom(2 * kSignatureHeight + 9 * 16.0);
        m_flow.space(20);
        labels("sheet.signature_visitor", {}, {.fontSize = kSmallestSize, .weight = text::Weight::Bold});
        m_flow.box(0, width, kSignatureHeight);
        m_flow.advance(kSignatureHeight + 6);
        labels("sheet.signature_worker", {}, {.fontSize = kSmallestSize, .weight = text::Weight::Bold});
        m_flow.box(0, width, kSignatureHeight);
        m_flow.advance(kSignatureHeight + 6);
        labels("sheet.date", {}, {.fontSize = kSmallestSize});
        m_flow.box(0, width, 24);
        m_flow.advance(24);
    }

    const ReviewSheetContent& m_content;
    const core::Template& m_form;
    const core::Session& m_session;
    std::string m_worker;
    std::string m_visitor;
    const core::FormTexts* m_workerTexts = nullptr;
    const core::FormTexts* m_visitorTexts = nullptr;
    SheetFlow m_flow;
    std::string m_lastGroup;
    std::optional<std::size_t> m_lastMember;
};

} // namespace

std::expected<SheetPdf, std::string> writeReviewSheet(const ReviewSheetContent& content, text::TextEngine& engine)
{
    Sheet sheet(content, engine);
    return sheet.write();
}

} // namespace helder::printer
