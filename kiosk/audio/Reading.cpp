#include "audio/Reading.hpp"

#include <algorithm>
#include <system_error>

namespace helder::audio {
namespace {

std::string voiceOf(const i18n::LanguageList& languages, std::string_view code)
{
    const i18n::Language* language = languages.find(code);
    return language && language->voice ? *language->voice : std::string();
}

// Sentences joined so that the voice pauses between them, even where a text has no full stop.
void appendSentence(std::string& text, std::string_view sentence)
{
    if (sentence.empty()) {
        return;
    }
    if (!text.empty()) {
        const char last = text.back();
        text += last == '.' || last == '?' || last == '!' || last == ':' ? " " : ". ";
    }
    text += sentence;
}

} // namespace

std::optional<Reading> questionReading(const core::Template& form, const core::Session& session,
                                       const i18n::LanguageList& languages)
{
    if (session.screen != core::Screen::Question || !session.step) {
        return std::nullopt;
    }
    // The language the question screen shows the form's texts in.
    const std::string language = form.hasLanguage(session.formLanguage) ? session.formLanguage : form.officialLanguage;
    const auto texts = form.texts.find(language);
    if (texts == form.texts.end()) {
        return std::nullopt;
    }
    Reading reading;
    reading.voice = voiceOf(languages, language);
    if (session.step->isGroupOverview()) {
        const auto group = texts->second.groups.find(session.step->groupId);
        if (group == texts->second.groups.end()) {
            return std::nullopt;
        }
        reading.text = group->second.title;
        return reading;
    }
    const auto question = texts->second.questions.find(session.step->questionId);
    if (question == texts->second.questions.end()) {
        return std::nullopt;
    }
    const core::QuestionTexts& said = question->second;
    if (said.audio) {
        const std::filesystem::path file = std::filesystem::path(form.directory) / said.audio->path;
        std::error_code error;
        if (std::filesystem::is_regular_file(file, error)) {
            reading.recording = file;
        }
    }
    appendSentence(reading.text, said.text);
    appendSentence(reading.text, said.help);
    // Choices in the order the screen shows them, not the order of the language file.
    if (const core::Question* asked = form.findQuestion(session.step->questionId)) {
        for (const core::Choice& choice : asked->choices) {
            if (const auto label = said.choices.find(choice.id); label != said.choices.end()) {
                appendSentence(reading.text, label->second);
            }
        }
    }
    return reading;
}

Reading idleWarningReading(const core::Session& session, const i18n::Catalog& catalog,
                           const i18n::LanguageList& languages)
{
    const std::string& language = session.interfaceLanguage;
    const std::int64_t left = std::max<std::int64_t>(0, session.countdownEnds - session.now);
    Reading reading;
    reading.voice = voiceOf(languages, language);
    appendSentence(reading.text, catalog.format(language, "idle.more_time"));
    appendSentence(reading.text, catalog.format(language, "idle.countdown", {{"seconds", (left + 999) / 1000}}));
    return reading;
}

} // namespace helder::audio
