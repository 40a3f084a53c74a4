#include "core/TextsReader.hpp"

#include "core/ClosestName.hpp"
#include "core/JsonObjectReader.hpp"
#include "core/TemplateNames.hpp"

#include <algorithm>
#include <functional>

namespace helder::core {
namespace {

bool isBlank(const std::string& text)
{
    return std::ranges::all_of(text, [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string listOf(const std::vector<std::string>& ids)
{
    std::string text;
    for (const auto& id : ids) {
        text += (text.empty() ? "" : ", ") + id;
    }
    return text;
}

// A text that must be present and not blank.
std::string translation(const JsonObjectReader& reader, std::string_view key)
{
    if (!reader.isObject()) {
        return {};
    }
    if (!reader.has(key)) {
        reader.missing("missing-translation", key, "missing text \"" + std::string(key) + "\"");
        return {};
    }
    auto text = reader.string(key, Need::Optional);
    if (text && isBlank(*text)) {
        reader.error("missing-translation", key, "empty text \"" + std::string(key) + "\"");
    }
    return text.value_or("");
}

class TextsReader {
public:
    TextsReader(const JsonSource& json, const FormOutline& outline, Diagnostics& diagnostics)
        : m_json(json), m_outline(outline), m_diagnostics(diagnostics), m_root(json, "", diagnostics)
    {
    }

    FormTexts read(const std::string& language)
    {
        FormTexts texts;
        texts.language = language;
        texts.file = m_json.fileName();
        m_root.allowOnly({"$schema", "language", "reviewed", "form", "documents", "groups", "questions",
                          "computed", "rules", "rights_hints"});
        m_root.string("$schema", Need::Optional);
        if (const auto declared = m_root.string("language", Need::Required); declared && *declared != language) {
            m_root.error("bad-value", "language", "\"language\" is \"" + *declared + "\" but the file is named for \""
                + language + "\"");
        }
        if (!isLanguageCode(language)) {
            m_diagnostics.push_back(m_json.error("bad-value", "", "the file name must be a language code such as "
                "\"nl.json\""));
        }
        texts.reviewed = readReviewed();
        if (m_root.object("form", Need::Required)) {
            const JsonObjectReader form(m_json, "/form", m_diagnostics);
            form.allowOnly({"title", "purpose"});
            texts.title = translation(form, "title");
            texts.purpose = translation(form, "purpose");
        }
        readSection(m_root, "documents", "document", m_outline.documents, [&](const JsonObjectReader& section, const std::string& id) {
            texts.documents[id] = translation(section, id);
        });
        readSection(m_root, "groups", "group", groupIds(), [&](const JsonObjectReader& section, const std::string& id) {
            texts.groups[id] = readGroup(section, id);
        });
        readSection(m_root, "questions", "question", questionIds(), [&](const JsonObjectReader& section, const std::string& id) {
            texts.questions[id] = readQuestion(section, *m_outline.question(id));
        });
        readSection(m_root, "computed", "computed value", m_outline.computed, [&](const JsonObjectReader& section, const std::string& id) {
            texts.computed[id] = translation(section, id);
        });
        readSection(m_root, "rules", "rule", m_outline.rules, [&](const JsonObjectReader& section, const std::string& id) {
            texts.rules[id] = translation(section, id);
        });
        readSection(m_root, "rights_hints", "rights hint", m_outline.rightsHints, [&](const JsonObjectReader& section, const std::string& id) {
            texts.rightsHints[id] = translation(section, id);
        });
        return texts;
    }

private:
    using EntryReader = std::function<void(const JsonObjectReader&, const std::string&)>;

    std::vector<std::string> groupIds() const
    {
        std::vector<std::string> ids;
        for (const auto& group : m_outline.groups) {
            ids.push_back(group.id);
        }
        return ids;
    }

    std::vector<std::string> questionIds() const
    {
        std::vector<std::string> ids;
        for (const auto& question : m_outline.questions) {
            ids.push_back(question.id);
        }
        return ids;
    }

    Reviewed readReviewed() const
    {
        Reviewed reviewed;
        if (!m_root.object("reviewed", Need::Required)) {
            return reviewed;
        }
        const JsonObjectReader reader(m_json, "/reviewed", m_diagnostics);
        reader.allowOnly({"by", "on"});
        const nlohmann::json* by = reader.value("by", Need::Required);
        const nlohmann::json* on = reader.value("on", Need::Required);
        if (by && !by->is_null()) {
            reviewed.by = reader.string("by", Need::Required);
        }
        if (on && !on->is_null()) {
            if (const auto text = reader.string("on", Need::Required)) {
                reviewed.on = Date::parseIso(*text);
                if (!reviewed.on) {
                    reader.error("bad-value", "on", "\"" + *text + "\" is not a date written YYYY-MM-DD");
                }
            }
        }
        if (by && on && (by->is_null() || on->is_null())) {
            m_diagnostics.push_back(m_json.warning("not-reviewed", "/reviewed",
                "this translation has not been reviewed by a native speaker yet"));
        }
        return reviewed;
    }

    // The object `key` of `parent`, keyed by exactly `ids`; a missing object is one error.
    void readSection(const JsonObjectReader& parent, std::string_view key, std::string_view kind,
                     const std::vector<std::string>& ids, const EntryReader& readEntry) const
    {
        if (!parent.isObject()) {
            return;
        }
        if (!parent.has(key)) {
            if (!ids.empty()) {
                parent.missing("missing-translation", key, "missing \"" + std::string(key) + "\" (texts for: "
                    + listOf(ids) + ")");
            }
            return;
        }
        if (!parent.object(key, Need::Optional)) {
            return;
        }
        const JsonObjectReader section(m_json, parent.childPointer(key), m_diagnostics);
        for (const auto& id : section.keys()) {
            if (std::ranges::find(ids, id) == ids.end()) {
                section.keyError("unknown-id", id, "form.json has no " + std::string(kind) + " \"" + id + "\""
                    + didYouMean(id, std::vector<std::string_view>(ids.begin(), ids.end())));
            } else {
                readEntry(section, id);
            }
        }
        for (const auto& id : ids) {
            if (!section.has(id)) {
                section.missing("missing-translation", id, "missing texts for the " + std::string(kind) + " \""
                    + id + "\"");
            }
        }
    }

    GroupTexts readGroup(const JsonObjectReader& section, const std::string& id) const
    {
        const JsonObjectReader entry(m_json, section.childPointer(id), m_diagnostics);
        GroupTexts texts;
        if (!entry.isObject()) {
            return texts;
        }
        entry.allowOnly({"title", "member"});
        texts.title = translation(entry, "title");
        if (m_outline.group(id)->repeating || entry.has("member")) {
            texts.member = translation(entry, "member");
        }
        return texts;
    }

    QuestionTexts readQuestion(const JsonObjectReader& section, const OutlineQuestion& question) const
    {
        const JsonObjectReader entry(m_json, section.childPointer(question.id), m_diagnostics);
        QuestionTexts texts;
        if (!entry.isObject()) {
            return texts;
        }
        entry.allowOnly({"text", "help", "example", "audio", "choices"});
        texts.text = translation(entry, "text");
        texts.help = translation(entry, "help");
        texts.example = translation(entry, "example");
        if (const auto audio = entry.string("audio", Need::Optional)) {
            if (!isPathInsideFolder(*audio)) {
                entry.error("bad-value", "audio", "the audio file is named relative to the form's folder, "
                    "without \"..\"");
            } else {
                const std::string pointer = entry.childPointer("audio");
                texts.audio = FileRef{*audio, Origin{m_json.fileName(), pointer, m_json.positionOf(pointer)}};
            }
        }
        if (!question.hasChoices) {
            if (entry.has("choices")) {
                entry.keyError("unknown-key", "choices", "the question \"" + question.id + "\" has no choices");
            }
            return texts;
        }
        readSection(entry, "choices", "choice", question.choices, [&](const JsonObjectReader& choices, const std::string& id) {
            texts.choices[id] = translation(choices, id);
        });
        return texts;
    }

    const JsonSource& m_json;
    const FormOutline& m_outline;
    Diagnostics& m_diagnostics;
    JsonObjectReader m_root;
};

} // namespace

FormTexts readTexts(const JsonSource& json, const std::string& language, const FormOutline& outline,
                    Diagnostics& diagnostics)
{
    return TextsReader(json, outline, diagnostics).read(language);
}

} // namespace helder::core
