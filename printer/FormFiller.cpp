#include "printer/FormFiller.hpp"

#include "core/ClosestName.hpp"
#include "printer/AcroFormReader.hpp"
#include "printer/AnswerMapping.hpp"
#include "printer/AppearanceWriter.hpp"
#include "printer/FillResultCodec.hpp"
#include "printer/Flattener.hpp"
#include "printer/PdfFontEmbedder.hpp"
#include "printer/PdfLoading.hpp"
#include "printer/PageOverlay.hpp"
#include "text/Graphemes.hpp"
#include "text/TextEngine.hpp"

#include <podofo/podofo.h>

#include <algorithm>
#include <functional>
#include <map>

namespace helder::printer {
namespace {

using PoDoFo::PdfName;
using PoDoFo::PdfObject;

constexpr std::size_t kSuggestions = 3;

// What one value will do to its field, decided before anything is written.
struct Planned {
    std::size_t field = 0;
    std::string text;                 // text and choice fields: the value to store in /V
    std::string shown;                // text and choice fields: what the appearance shows
    std::vector<std::size_t> indices; // choice fields: the options chosen, ascending (several in a multi-select list)
    std::string state;                // buttons: the on-state name, or "Off"
};

std::string describe(const FieldInfo& field)
{
    return "field \"" + field.name + "\"";
}

FillError error(std::string code, const FieldInfo& field, std::string message)
{
    return FillError{std::move(code), describe(field) + ": " + message, field.name, {}};
}

std::string joined(const std::vector<std::string>& names)
{
    std::string result;
    for (const std::string& name : names)
        result += (result.empty() ? "\"" : ", \"") + name + "\"";
    return result;
}

std::expected<Planned, FillError> planText(const FieldInfo& field, std::string value, MaxLengthPolicy policy,
                                           FillReport& report)
{
    Planned plan;
    if (field.maxLength && *field.maxLength >= 0) {
        const std::vector<std::size_t> boundaries = text::graphemeBoundaries(value);
        const std::size_t length = boundaries.size() - 1;
        const auto limit = static_cast<std::size_t>(*field.maxLength);
        if (length > limit) {
            if (policy == MaxLengthPolicy::Error)
                return std::unexpected(error("too-long", field,
                    "the value has " + std::to_string(length) + " characters, the field takes at most " +
                    std::to_string(limit)));
            value.resize(boundaries[limit]);
            report.truncated.push_back(field.name);
        }
    }
    plan.text = value;
    plan.shown = std::move(value);
    return plan;
}

std::expected<Planned, FillError> planButton(const FieldInfo& field, const FieldValue& fieldValue)
{
    const auto& value = fieldValue.value;
    if (std::holds_alternative<std::vector<std::string>>(value))
        return std::unexpected(error("wrong-value", field, "a button needs one state or true/false, not a list"));
    Planned plan;
    if (const bool* tick = std::get_if<bool>(&value)) {
        if (!*tick) {
            plan.state = "Off";
            return plan;
        }
        if (field.kind == FieldKind::RadioGroup)
            return std::unexpected(error("wrong-value", field, "a radio group needs the name of an option, one of " +
                                                                   joined(field.exportValues)));
        if (field.exportValues.empty())
            return std::unexpected(error("unsupported-field", field, "the checkbox has no on-state appearance"));
        plan.state = field.exportValues.front();
        return plan;
    }
    const std::string& name = std::get<std::string>(value);
    if (name == "Off" || std::find(field.exportValues.begin(), field.exportValues.end(), name) != field.exportValues.end()) {
        plan.state = name;
        return plan;
    }
    // Buttons with /Opt name their states by index ("0", "1"): the value may be the option text.
    if (const auto option = std::find(field.options.begin(), field.options.end(), name); option != field.options.end()) {
        const auto index = static_cast<std::size_t>(option - field.options.begin());
        if (index < field.widgets.size() && !field.widgets[index].onStates.empty()) {
            plan.state = field.widgets[index].onStates.front();
            return plan;
        }
    }
    return std::unexpected(error("wrong-value", field, "\"" + name + "\" is not one of its states " +
                                                           joined(field.exportValues)));
}

// The option `value` names, by export value or else by the text shown.
std::optional<std::size_t> optionIndex(const FieldInfo& field, const std::string& value)
{
    if (auto found = std::find(field.exportValues.begin(), field.exportValues.end(), value); found != field.exportValues.end())
        return static_cast<std::size_t>(found - field.exportValues.begin());
    if (auto shown = std::find(field.options.begin(), field.options.end(), value); shown != field.options.end())
        return static_cast<std::size_t>(shown - field.options.begin());
    return std::nullopt;
}

FillError notAnOption(const FieldInfo& field, const std::string& value)
{
    return error("wrong-value", field, "\"" + value + "\" is not one of its options " + joined(field.exportValues));
}

std::expected<Planned, FillError> planChoice(const FieldInfo& field, const std::string& value)
{
    Planned plan;
    const std::optional<std::size_t> index = optionIndex(field, value);
    if (!index && field.kind == FieldKind::ListBox)
        return std::unexpected(notAnOption(field, value));
    if (index)
        plan.indices.push_back(*index);
    plan.text = index && *index < field.exportValues.size() ? field.exportValues[*index] : value;
    plan.shown = index && *index < field.options.size() ? field.options[*index] : value;
    return plan;
}

std::expected<Planned, FillError> planChoices(const FieldInfo& field, const std::vector<std::string>& values)
{
    if (!field.multiSelect)
        return std::unexpected(error("wrong-value", field, "only a multi-select list box takes a list of options"));
    Planned plan;
    for (const std::string& value : values) {
        const std::optional<std::size_t> index = optionIndex(field, value);
        if (!index)
            return std::unexpected(notAnOption(field, value));
        plan.indices.push_back(*index);
    }
    std::sort(plan.indices.begin(), plan.indices.end());
    plan.indices.erase(std::unique(plan.indices.begin(), plan.indices.end()), plan.indices.end());
    return plan;
}

std::expected<Planned, FillError> plan(const FieldInfo& field, const FieldValue& value, const FillOptions& options,
                                       FillReport& report)
{
    if (field.readOnly && !options.allowReadOnly)
        return std::unexpected(error("read-only", field, "the field is read-only"));
    const auto* text = std::get_if<std::string>(&value.value);
    switch (field.kind) {
    case FieldKind::Text:
        if (!text)
            return std::unexpected(error("wrong-value", field, "a text field needs one string"));
        return planText(field, *text, value.maxLength.value_or(options.maxLength), report);
    case FieldKind::Checkbox:
    case FieldKind::RadioGroup:
        return planButton(field, value);
    case FieldKind::ComboBox:
    case FieldKind::ListBox:
        if (const auto* list = std::get_if<std::vector<std::string>>(&value.value))
            return planChoices(field, *list);
        if (!text)
            return std::unexpected(error("wrong-value", field, "a choice field needs a string, not true/false"));
        return planChoice(field, *text);
    case FieldKind::PushButton:
    case FieldKind::Signature:
    case FieldKind::Unknown:
        break;
    }
    return std::unexpected(error("unsupported-field", field,
                                 "a " + std::string(toString(field.kind)) + " field cannot be filled"));
}

class Writer {
public:
    Writer(PoDoFo::PdfMemDocument& document, text::TextEngine& engine, const FillOptions& options)
        : m_document(document)
        , m_fonts(document)
        , m_appearances(document, engine, m_fonts)
        , m_options(options)
    {
    }

    void apply(const FieldInfo& field, const FieldObjects& objects, const Planned& plan)
    {
        switch (field.kind) {
        case FieldKind::Text:
            setValue(objects, PoDoFo::PdfString(utf8(plan.text)));
            for (std::size_t i = 0; i < objects.widgets.size(); ++i) {
                if (PdfObject* widget = object(objects.widgets[i]))
                    setAppearance(*widget, m_appearances.textAppearance(box(field, i, *widget), plan.shown));
            }
            break;
        case FieldKind::Checkbox:
        case FieldKind::RadioGroup:
            setValue(objects, PdfName(plan.state));
            for (std::size_t i = 0; i < objects.widgets.size(); ++i) {
                const std::vector<std::string>& states = field.widgets[i].onStates;
                const bool on = std::find(states.begin(), states.end(), plan.state) != states.end();
                if (PdfObject* widget = object(objects.widgets[i]))
                    widget->GetDictionary().AddKey(PdfName("AS"), PdfName(on ? plan.state : "Off"));
            }
            break;
        case FieldKind::ComboBox:
        case FieldKind::ListBox:
            applyChoice(field, objects, plan);
            break;
        case FieldKind::PushButton:
        case FieldKind::Signature:
        case FieldKind::Unknown:
            break;
        }
    }

    // A field left as it was, with a value but a widget without appearance: viewers drew it only
    // because of NeedAppearances, which filling turns off, and flattening would lose it.
    void drawMissingAppearance(const FieldInfo& field, const FieldObjects& objects)
    {
        if (field.value.empty() || (field.kind != FieldKind::Text && field.kind != FieldKind::ComboBox))
            return;
        for (std::size_t i = 0; i < objects.widgets.size(); ++i) {
            PdfObject* widget = object(objects.widgets[i]);
            if (!widget)
                continue;
            const PdfObject* appearance = widget->GetIndirectKey(PdfName("AP"));
            if (appearance && appearance->IsDictionary() && appearance->GetDictionary().HasKey(PdfName("N")))
                continue;
            setAppearance(*widget, m_appearances.textAppearance(box(field, i, *widget), field.value));
        }
    }

    std::expected<void, std::string> finish() { return m_fonts.finish(); }
    const std::vector<char32_t>& missing() const { return m_appearances.missing(); }

private:
    static const PoDoFo::pdf_utf8* utf8(const std::string& text)
    {
        return reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str());
    }

    PdfObject* object(const PoDoFo::PdfReference& reference)
    {
        return reference.ObjectNumber() == 0 ? nullptr : m_document.GetObjects().GetObject(reference);
    }

    void setValue(const FieldObjects& objects, const PoDoFo::PdfVariant& value)
    {
        for (const PoDoFo::PdfReference& node : objects.nodes) {
            if (PdfObject* field = object(node))
                field->GetDictionary().AddKey(PdfName("V"), value);
        }
    }

    static void setAppearance(PdfObject& widget, const PoDoFo::PdfReference& normal)
    {
        PoDoFo::PdfDictionary appearance;
        appearance.AddKey(PdfName("N"), normal);
        widget.GetDictionary().AddKey(PdfName("AP"), appearance);
    }

    TextBox box(const FieldInfo& field, std::size_t widgetIndex, const PdfObject& widget) const
    {
        TextBox result;
        result.width = field.widgets[widgetIndex].rect.width;
        result.height = field.widgets[widgetIndex].rect.height;
        result.style = readWidgetStyle(widget, field.defaultAppearance);
        result.quadding = field.quadding;
        result.multiline = field.multiline;
        if (field.comb && field.maxLength && *field.maxLength > 0)
            result.combCells = *field.maxLength;
        result.language = m_options.language;
        return result;
    }

    // /V of a multi-select list box: one export value as a string (as viewers write it), several
    // as an array, none as no /V at all.
    void setChoices(const FieldInfo& field, const FieldObjects& objects, const Planned& plan)
    {
        if (plan.indices.size() == 1) {
            setValue(objects, PoDoFo::PdfString(utf8(field.exportValues[plan.indices.front()])));
            return;
        }
        PoDoFo::PdfArray values;
        for (const std::size_t index : plan.indices)
            values.push_back(PoDoFo::PdfString(utf8(field.exportValues[index])));
        for (const PoDoFo::PdfReference& node : objects.nodes) {
            if (PdfObject* dictionary = object(node)) {
                if (values.empty())
                    dictionary->GetDictionary().RemoveKey(PdfName("V"));
                else
                    dictionary->GetDictionary().AddKey(PdfName("V"), values);
            }
        }
    }

    void applyChoice(const FieldInfo& field, const FieldObjects& objects, const Planned& plan)
    {
        if (field.multiSelect)
            setChoices(field, objects, plan);
        else
            setValue(objects, PoDoFo::PdfString(utf8(plan.text)));
        for (const PoDoFo::PdfReference& node : objects.nodes) {
            PdfObject* dictionary = object(node);
            if (!dictionary)
                continue;
            // Poppler prefers a stale /I to /V, so both always agree.
            if (!plan.indices.empty()) {
                PoDoFo::PdfArray selection;
                for (const std::size_t index : plan.indices)
                    selection.push_back(static_cast<PoDoFo::pdf_int64>(index));
                dictionary->GetDictionary().AddKey(PdfName("I"), selection);
            } else {
                dictionary->GetDictionary().RemoveKey(PdfName("I"));
            }
        }
        for (std::size_t i = 0; i < objects.widgets.size(); ++i) {
            PdfObject* widget = object(objects.widgets[i]);
            if (!widget)
                continue;
            const TextBox textBox = box(field, i, *widget);
            if (field.kind == FieldKind::ListBox) {
                std::size_t top = 0;
                if (const PdfObject* ti = widget->GetIndirectKey(PdfName("TI")); ti && ti->IsNumber() && ti->GetNumber() >= 0)
                    top = static_cast<std::size_t>(ti->GetNumber());
                // The first option chosen stays in view, as viewers scroll to it.
                top = std::min(top, plan.indices.empty() ? std::size_t{0} : plan.indices.front());
                setAppearance(*widget, m_appearances.listAppearance(textBox, field.options, plan.indices, top));
            } else {
                setAppearance(*widget, m_appearances.textAppearance(textBox, plan.shown));
            }
        }
    }

    PoDoFo::PdfMemDocument& m_document;
    PdfFontEmbedder m_fonts;
    AppearanceWriter m_appearances;
    const FillOptions& m_options;
};

// A child process exits as soon as it has written its answer, and the exit frees its memory at
// once: freeing PoDoFo's thousands of objects one by one first cost 12M instructions on a
// 20-page form.
struct LeftOnExit {
    std::unique_ptr<PoDoFo::PdfMemDocument>& document;
    bool leave;
    ~LeftOnExit()
    {
        if (leave)
            static_cast<void>(document.release());
    }
};

FillError fromProblem(const PdfProblem& problem)
{
    return FillError{problem.code, problem.message, {}, {}};
}

// Hybrid forms carry an XFA form that viewers prefer to the AcroForm: without it they show the
// values just written. /Perms (usage rights) is signed over the original bytes; kept, viewers
// report the filled file as damaged.
void cleanUp(PoDoFo::PdfMemDocument& document, FillReport& report, bool everyFieldDrawn)
{
    PdfObject* catalog = document.GetCatalog();
    if (!catalog)
        return;
    if (catalog->GetDictionary().HasKey(PdfName("Perms"))) {
        catalog->GetDictionary().RemoveKey(PdfName("Perms"));
        report.removedUsageRights = true;
    }
    PdfObject* acroForm = catalog->GetIndirectKey(PdfName("AcroForm"));
    if (!acroForm || !acroForm->IsDictionary())
        return;
    if (acroForm->GetDictionary().HasKey(PdfName("XFA"))) {
        acroForm->GetDictionary().RemoveKey(PdfName("XFA"));
        report.removedXfa = true;
    }
    if (everyFieldDrawn)
        acroForm->GetDictionary().AddKey(PdfName("NeedAppearances"), false);
}

} // namespace

std::expected<FormFiller, std::string> FormFiller::create()
{
    auto engine = text::TextEngine::create();
    if (!engine)
        return std::unexpected(engine.error());
    return FormFiller(std::move(*engine));
}

FormFiller::FormFiller(std::unique_ptr<text::TextEngine> engine)
    : m_engine(std::move(engine))
{
}

FormFiller::~FormFiller() = default;
FormFiller::FormFiller(FormFiller&&) noexcept = default;
FormFiller& FormFiller::operator=(FormFiller&&) noexcept = default;

std::expected<FillReport, FillError> FormFiller::fill(std::span<const std::byte> pdf, const std::vector<FieldValue>& values,
                                                      const FillOptions& options)
{
    return fillDocument(pdf, values, options, false);
}

std::expected<FillReport, FillError> FormFiller::fillDocument(std::span<const std::byte> pdf,
                                                              const std::vector<FieldValue>& values,
                                                              const FillOptions& options, bool leaveDocument)
{
    try {
        auto loaded = loadPdfForUpdate(pdf);
        if (!loaded)
            return std::unexpected(fromProblem(loaded.error()));
        const LeftOnExit left{loaded->document, leaveDocument};
        PoDoFo::PdfMemDocument& document = *loaded->document;
        AcroFormReader reader(document);
        const std::vector<FieldInfo> fields = reader.read();
        if (reader.problem())
            return std::unexpected(fromProblem(*reader.problem()));
        const std::vector<FieldObjects> objects = reader.takeObjects();
        if (fields.empty())
            return std::unexpected(FillError{"no-form", "the PDF has no form fields", {}, {}});

        std::map<std::string, std::size_t> byName;
        std::vector<std::string> names;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            byName.emplace(fields[i].name, i);
            names.push_back(fields[i].name);
        }
        FillReport report;
        std::vector<Planned> plans;
        for (const FieldValue& value : values) {
            const auto found = byName.find(value.name);
            if (found == byName.end()) {
                FillError unknown{"unknown-field", {}, value.name, core::nearestNames(value.name, names, kSuggestions)};
                unknown.message = "the PDF has no field \"" + value.name + "\"; closest: " + joined(unknown.suggestions);
                return std::unexpected(unknown);
            }
            auto planned = plan(fields[found->second], value, options, report);
            if (!planned)
                return std::unexpected(planned.error());
            planned->field = found->second;
            plans.push_back(std::move(*planned));
            report.filled.push_back(value.name);
        }

        Writer writer(document, *m_engine, options);
        std::vector<bool> filled(fields.size(), false);
        for (const Planned& planned : plans) {
            writer.apply(fields[planned.field], objects[planned.field], planned);
            filled[planned.field] = true;
        }
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (!filled[i])
                writer.drawMissingAppearance(fields[i], objects[i]);
        }
        if (auto finished = writer.finish(); !finished)
            return std::unexpected(FillError{"font", finished.error(), {}, {}});
        report.missingCodePoints = writer.missing();
        cleanUp(document, report, !plans.empty());
        if (options.flatten)
            flatten(document);
        report.pdf = writePdf(document, loaded->incremental, pdf.size());
        return report;
    } catch (const PoDoFo::PdfError& problem) {
        return std::unexpected(fromProblem(problemFrom(problem)));
    } catch (const std::exception& problem) {
        return std::unexpected(FillError{"damaged", std::string("the PDF could not be filled: ") + problem.what(), {}, {}});
    }
}

namespace {

std::expected<FillReport, FillError> isolated(const std::function<std::expected<FillReport, FillError>()>& job,
                                              const ProcessLimits& limits)
{
    const auto output = runInChild([&](const ResultWriter& write) { return writeFillResult(job(), write); }, limits);
    if (!output)
        return std::unexpected(FillError{"crashed", "the PDF could not be filled: " + output.error(), {}, {}});
    auto decoded = decodeFillResult(output->text());
    if (!decoded)
        return std::unexpected(FillError{"crashed", "the PDF could not be filled: the filler's answer was cut off", {}, {}});
    return std::move(*decoded);
}

} // namespace

std::expected<FillReport, FillError> FormFiller::fillIsolated(std::span<const std::byte> pdf,
                                                              const std::vector<FieldValue>& values,
                                                              const FillOptions& options, const ProcessLimits& limits)
{
    return isolated([&] { return fillDocument(pdf, values, options, true); }, limits);
}

std::expected<FillReport, FillError> FormFiller::overlayIsolated(std::span<const std::byte> pdf,
                                                                 const std::vector<OverlayText>& texts,
                                                                 const ProcessLimits& limits)
{
    return isolated([&] { return overlay(pdf, texts); }, limits);
}

std::expected<FillReport, FillError> FormFiller::overlay(std::span<const std::byte> pdf, const std::vector<OverlayText>& texts)
{
    try {
        auto loaded = loadPdfForUpdate(pdf);
        if (!loaded)
            return std::unexpected(fromProblem(loaded.error()));
        PoDoFo::PdfMemDocument& document = *loaded->document;
        PdfFontEmbedder fonts(document);
        PageOverlay overlay(document, *m_engine, fonts);
        if (auto drawn = overlay.draw(texts); !drawn)
            return std::unexpected(FillError{"no-page", drawn.error(), {}, {}});
        if (auto finished = fonts.finish(); !finished)
            return std::unexpected(FillError{"font", finished.error(), {}, {}});
        FillReport report;
        cleanUp(document, report, false);
        report.pdf = writePdf(document, loaded->incremental, pdf.size());
        return report;
    } catch (const PoDoFo::PdfError& problem) {
        return std::unexpected(fromProblem(problemFrom(problem)));
    } catch (const std::exception& problem) {
        return std::unexpected(FillError{"damaged", std::string("the PDF could not be drawn on: ") + problem.what(), {}, {}});
    }
}

} // namespace helder::printer
