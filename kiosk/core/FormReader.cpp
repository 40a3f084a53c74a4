#include "core/FormReader.hpp"

#include "core/FormReading.hpp"
#include "core/MappingReader.hpp"
#include "core/QuestionReader.hpp"
#include "core/ReferenceChecker.hpp"
#include "core/TemplateNames.hpp"

#include <algorithm>

namespace helder::core {
namespace {

// A visitor answers one question per screen: a form with more is broken or hostile, and refusing it
// early keeps checking it bounded in time (issue 15).
constexpr std::size_t maxQuestions = 500;

std::size_t questionCount(const nlohmann::json& items)
{
    std::size_t count = 0;
    for (const auto& item : items) {
        const auto members = item.is_object() ? item.find("questions") : item.end();
        count += item.is_object() && members != item.end() && members->is_array() ? members->size() : 1;
    }
    return count;
}


std::optional<std::string> nonEmptyString(const JsonObjectReader& reader, std::string_view key, Need need)
{
    auto text = reader.string(key, need);
    if (text && text->empty()) {
        reader.error("bad-value", key, "\"" + std::string(key) + "\" must not be empty");
    }
    return text;
}

std::optional<Date> readDate(const JsonObjectReader& reader, std::string_view key, Need need)
{
    const auto text = reader.string(key, need);
    if (!text) {
        return std::nullopt;
    }
    const auto date = Date::parseIso(*text);
    if (!date) {
        reader.error("bad-value", key, "\"" + *text + "\" is not a date written YYYY-MM-DD");
    }
    return date;
}

class FormReader {
public:
    FormReader(const JsonSource& json, std::string_view folderName, Diagnostics& diagnostics)
        : m_reading(json, diagnostics), m_root(json, "", diagnostics), m_folderName(folderName)
    {
    }

    FormRead read()
    {
        m_root.allowOnly({"$schema", "id", "version", "valid_from", "valid_until", "model", "official_language",
                          "icon", "pdf", "documents", "questions", "computed", "rights_hints"});
        m_root.string("$schema", Need::Optional);
        readIdentity();
        readPdf();
        readDocuments();
        const nlohmann::json* items = m_root.array("questions", Need::Required);
        if (items && items->empty()) {
            m_root.error("bad-value", "questions", "a form needs at least one question");
        }
        if (items && questionCount(*items) > maxQuestions) {
            m_root.error("too-many-questions", "questions",
                         "a form has at most " + std::to_string(maxQuestions) + " questions (groups included); this one has "
                             + std::to_string(questionCount(*items)));
            // Computed values, hints and references would only repeat that the questions are missing.
            return FormRead{std::move(m_form), std::move(m_reading.outline)};
        }
        for (std::size_t i = 0; items && i < items->size(); ++i) {
            if (auto item = readItem(m_reading, JsonSource::childPointer("/questions", i))) {
                m_form.items.push_back(std::move(*item));
            }
        }
        readComputed();
        readRightsHints();
        for (Diagnostic& diagnostic : checkReferences(m_reading.expressions.uses(), m_reading.outline,
                                                      m_reading.json.fileName())) {
            m_reading.diagnostics.push_back(std::move(diagnostic));
        }
        return FormRead{std::move(m_form), std::move(m_reading.outline)};
    }

private:
    void readIdentity()
    {
        if (const auto id = m_root.string("id", Need::Required)) {
            m_form.id = *id;
            if (!isKebabCase(*id)) {
                m_root.error("invalid-id", "id", "a form id is kebab-case: lower-case letters, digits and '-'");
            } else if (*id != m_folderName) {
                m_root.error("bad-value", "id", "the form id \"" + *id + "\" must equal its folder's name \""
                    + std::string(m_folderName) + "\"");
            }
        }
        m_form.version = nonEmptyString(m_root, "version", Need::Required).value_or("");
        m_form.validFrom = readDate(m_root, "valid_from", Need::Required).value_or(Date{});
        m_form.validUntil = readDate(m_root, "valid_until", Need::Optional);
        if (m_form.validUntil && m_root.has("valid_from") && m_form.validFrom > *m_form.validUntil) {
            m_root.error("bad-value", "valid_until", "\"valid_until\" is before \"valid_from\"");
        }
        m_form.model = m_root.boolean("model", Need::Optional).value_or(false);
        if (const auto language = m_root.string("official_language", Need::Required)) {
            m_form.officialLanguage = *language;
            if (!isLanguageCode(*language)) {
                m_root.error("bad-value", "official_language", "a language is a two- or three-letter lower-case code");
            }
        }
        if (const auto icon = m_root.string("icon", Need::Required)) {
            m_form.icon = *icon;
            if (!isIconName(*icon)) {
                m_root.error("bad-value", "icon", "an icon is a Material Design icon name such as \"home\"");
            }
        }
    }

    void readPdf()
    {
        if (!m_root.object("pdf", Need::Required)) {
            return;
        }
        const JsonObjectReader pdf(m_reading.json, "/pdf", m_reading.diagnostics);
        pdf.allowOnly({"file", "mode", "maxlen", "ignore"});
        if (const auto file = pdf.string("file", Need::Required)) {
            m_form.pdf.file = *file;
            m_form.pdf.origin = Origin{m_reading.json.fileName(), "/pdf/file", pdf.positionOf("file")};
            if (!isPathInsideFolder(*file)) {
                pdf.error("bad-value", "file", "the PDF file is named relative to the form's folder, without \"..\"");
            }
        }
        if (const auto mode = pdf.string("mode", Need::Required)) {
            if (*mode == "overlay") {
                m_reading.mode = PdfMode::Overlay;
            } else if (*mode != "acroform") {
                pdf.error("bad-value", "mode", "\"mode\" is \"acroform\" or \"overlay\"");
            }
        }
        m_form.pdf.mode = m_reading.mode;
        if (const auto maxLen = pdf.string("maxlen", Need::Optional)) {
            if (*maxLen == "truncate") {
                m_form.pdf.maxLen = MaxLenPolicy::Truncate;
            } else if (*maxLen != "error") {
                pdf.error("bad-value", "maxlen", "\"maxlen\" is \"error\" or \"truncate\"");
            }
        }
        if (pdf.has("ignore") && m_reading.mode == PdfMode::Overlay) {
            pdf.keyError("bad-value", "ignore", "\"ignore\" lists AcroForm fields: not for overlay mode");
            return;
        }
        forEachElement(pdf, "ignore", Need::Optional, [&](const std::string& pointer) {
            const nlohmann::json* name = jsonAt(m_reading.json, pointer);
            if (!name->is_string() || name->get<std::string>().empty()) {
                m_reading.diagnostics.push_back(m_reading.json.error("wrong-type", pointer,
                    "expected a PDF field name"));
                return;
            }
            m_form.pdf.ignore.push_back(FieldRef{name->get<std::string>(),
                Origin{m_reading.json.fileName(), pointer, m_reading.json.positionOf(pointer)}});
        });
    }

    void readDocuments()
    {
        IdRegistry ids("document");
        forEachElement(m_root, "documents", Need::Optional, [&](const std::string& pointer) {
            const JsonObjectReader document(m_reading.json, pointer, m_reading.diagnostics);
            if (!document.isObject()) {
                return;
            }
            document.allowOnly({"id", "show_if"});
            const auto id = document.string("id", Need::Required);
            auto showIf = m_reading.expressions.read(document, "show_if", Need::Optional, ExpressionScope{});
            if (id && ids.claim(document, "id", *id)) {
                m_reading.outline.documents.push_back(*id);
                m_form.documents.push_back(Document{*id, std::move(showIf)});
            }
        });
    }

    void readComputed()
    {
        forEachElement(m_root, "computed", Need::Optional, [&](const std::string& pointer) {
            const JsonObjectReader computed(m_reading.json, pointer, m_reading.diagnostics);
            if (!computed.isObject()) {
                return;
            }
            computed.allowOnly({"id", "expr", "pdf"});
            const auto id = computed.string("id", Need::Required);
            const bool isNew = id && m_reading.names.claim(computed, "id", *id);
            if (isNew) {
                m_reading.outline.computed.push_back(*id);
            }
            auto expr = m_reading.expressions.read(computed, "expr", Need::Required,
                                                   ExpressionScope{{}, false, isNew ? *id : std::string()});
            auto pdf = readMapping(computed, MappingTarget{std::nullopt, {}, false, m_reading.mode});
            if (id && expr) {
                m_form.computed.push_back(Computed{*id, std::move(*expr), std::move(pdf),
                    Origin{m_reading.json.fileName(), pointer, m_reading.json.positionOf(pointer)}});
            }
        });
    }

    void readRightsHints()
    {
        IdRegistry ids("rights hint");
        forEachElement(m_root, "rights_hints", Need::Optional, [&](const std::string& pointer) {
            const JsonObjectReader hint(m_reading.json, pointer, m_reading.diagnostics);
            if (!hint.isObject()) {
                return;
            }
            hint.allowOnly({"id", "when"});
            const auto id = hint.string("id", Need::Required);
            auto when = m_reading.expressions.read(hint, "when", Need::Required, ExpressionScope{});
            if (id && ids.claim(hint, "id", *id)) {
                m_reading.outline.rightsHints.push_back(*id);
                if (when) {
                    m_form.rightsHints.push_back(RightsHint{*id, std::move(*when)});
                }
            }
        });
    }

    FormReading m_reading;
    JsonObjectReader m_root;
    std::string_view m_folderName;
    Template m_form;
};

} // namespace

FormRead readForm(const JsonSource& json, std::string_view folderName, Diagnostics& diagnostics)
{
    return FormReader(json, folderName, diagnostics).read();
}

} // namespace helder::core
