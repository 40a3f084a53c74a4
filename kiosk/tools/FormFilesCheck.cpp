#include "tools/FormFilesCheck.hpp"

#include "core/ClosestName.hpp"
#include "printer/AcroFormModel.hpp"

#include <SFML/Audio/InputSoundFile.hpp>
#include <SFML/System/Err.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace helder::tools {
namespace {

using printer::FieldInfo;
using printer::FieldKind;

core::Diagnostic problemAt(const core::Origin& origin, std::string code, std::string message,
                           core::Severity severity = core::Severity::Error)
{
    return core::Diagnostic{severity, std::move(code), origin.file, origin.jsonPath, origin.position,
                            std::move(message)};
}

// The field names staff most likely meant, nearest first.
std::vector<std::string> closestNames(std::string_view name,
                                      const std::map<std::string, const FieldInfo*>& fields)
{
    std::vector<std::string> names;
    for (const auto& [candidate, field] : fields) {
        names.push_back(candidate);
    }
    return core::nearestNames(name, names, 3);
}

std::string listOfClosest(const std::vector<std::string>& names)
{
    std::string text;
    for (const std::string& name : names) {
        text += (text.empty() ? "; closest: \"" : ", \"") + name + '"';
    }
    return text;
}

// A misspelt mapping is one mistake: the field it most likely meant is then not "unmapped" too.
bool isLikelyTypoOf(std::string_view typed, std::string_view meant)
{
    return core::editDistance(typed, meant) <= std::max<std::size_t>(2, meant.size() / 4);
}

// The mapped field names with "{n}" replaced by every member number the group allows.
std::vector<std::string> expand(const std::string& name, std::size_t members)
{
    const auto placeholder = name.find("{n}");
    if (placeholder == std::string::npos) {
        return {name};
    }
    std::vector<std::string> names;
    for (std::size_t n = 1; n <= members; ++n) {
        std::string expanded = name;
        expanded.replace(placeholder, 3, std::to_string(n));
        names.push_back(expanded);
    }
    return names;
}

class MappingCheck {
public:
    MappingCheck(const core::Template& form, const std::vector<FieldInfo>& fields, std::string pdfName)
        : m_form(form), m_pdfName(std::move(pdfName))
    {
        for (const FieldInfo& field : fields) {
            m_fields.emplace(field.name, &field);
        }
    }

    core::Diagnostics run()
    {
        for (const core::Item& item : m_form.items) {
            if (const auto* question = std::get_if<core::Question>(&item)) {
                checkMapping(question->pdf, 1);
                continue;
            }
            const auto& group = std::get<core::Group>(item);
            const std::size_t members = group.repeat ? group.repeat->max : 1;
            for (const core::Question& question : group.questions) {
                checkMapping(question.pdf, members);
            }
        }
        for (const core::Computed& computed : m_form.computed) {
            checkMapping(computed.pdf, 1);
        }
        checkIgnored();
        return std::move(m_diagnostics);
    }

private:
    // Each name the mapping writes to, checked to exist and be of one of the expected kinds.
    std::vector<const FieldInfo*> use(const core::FieldRef& ref, std::size_t members,
                                      std::initializer_list<FieldKind> kinds, std::string_view what)
    {
        std::vector<const FieldInfo*> found;
        for (const std::string& name : expand(ref.name, members)) {
            m_mapped.insert(name);
            const auto it = m_fields.find(name);
            if (it == m_fields.end()) {
                const std::vector<std::string> closest = closestNames(name, m_fields);
                if (!closest.empty() && isLikelyTypoOf(name, closest.front())) {
                    m_meant.insert(closest.front());
                }
                m_diagnostics.push_back(problemAt(ref.origin, "unknown-field",
                    "the PDF \"" + m_pdfName + "\" has no field \"" + name + '"' + listOfClosest(closest)));
                continue;
            }
            if (std::ranges::find(kinds, it->second->kind) == kinds.end()) {
                m_diagnostics.push_back(problemAt(ref.origin, "wrong-field-kind",
                    "field \"" + name + "\" is a " + std::string(printer::toString(it->second->kind))
                        + " field; " + std::string(what) + " needs another kind"));
                continue;
            }
            found.push_back(it->second);
        }
        return found;
    }

    void requireOption(const core::FieldRef& ref, const FieldInfo& field, const std::string& value)
    {
        const auto has = [&](const std::vector<std::string>& list) {
            return std::ranges::find(list, value) != list.end();
        };
        bool known = has(field.exportValues) || has(field.options);
        for (const printer::Widget& widget : field.widgets) {
            known = known || has(widget.onStates);
        }
        if (!known) {
            std::string available;
            for (const std::string& option : field.exportValues.empty() ? field.options : field.exportValues) {
                available += (available.empty() ? "" : ", ") + ('"' + option + '"');
            }
            m_diagnostics.push_back(problemAt(ref.origin, "unknown-option",
                "field \"" + field.name + "\" has no option \"" + value + "\" (it has: " + available + ')'));
        }
    }

    void checkMapping(const std::optional<core::PdfMapping>& mapping, std::size_t members)
    {
        if (!mapping) {
            return;
        }
        std::visit([&](const auto& m) { check(m, members); }, *mapping);
    }

    void check(const core::TextMapping& m, std::size_t members)
    {
        use(m.field, members, {FieldKind::Text, FieldKind::ComboBox, FieldKind::ListBox}, "a text mapping");
    }
    void check(const core::CheckboxMapping& m, std::size_t members)
    {
        use(m.field, members, {FieldKind::Checkbox}, "a checkbox mapping");
    }
    void check(const core::CheckboxesMapping& m, std::size_t members)
    {
        for (const auto& [choice, field] : m.boxes) {
            use(field, members, {FieldKind::Checkbox}, "a checkboxes mapping");
        }
    }
    void check(const core::RadioMapping& m, std::size_t members)
    {
        for (const FieldInfo* field : use(m.group, members, {FieldKind::RadioGroup}, "a radio mapping")) {
            for (const auto& [choice, exportValue] : m.options) {
                requireOption(m.group, *field, exportValue);
            }
        }
    }
    void check(const core::ChoiceFieldMapping& m, std::size_t members)
    {
        for (const FieldInfo* field :
             use(m.field, members, {FieldKind::ComboBox, FieldKind::ListBox}, "a choice mapping")) {
            for (const auto& [choice, value] : m.options) {
                requireOption(m.field, *field, value);
            }
        }
    }
    void check(const core::DateSplitMapping& m, std::size_t members)
    {
        for (const core::FieldRef* part : {&m.day, &m.month, &m.year}) {
            use(*part, members, {FieldKind::Text}, "a date mapping");
        }
    }
    void check(const core::SplitMapping& m, std::size_t members)
    {
        for (const core::SplitPart& part : m.parts) {
            use(part.field, members, {FieldKind::Text}, "a split mapping");
        }
    }
    void check(const core::OverlayMapping&, std::size_t) {}

    void checkIgnored()
    {
        std::set<std::string> ignored;
        for (const core::FieldRef& ref : m_form.pdf.ignore) {
            ignored.insert(ref.name);
            if (!m_fields.contains(ref.name)) {
                m_diagnostics.push_back(problemAt(ref.origin, "unknown-field",
                    "\"ignore\" names a field the PDF \"" + m_pdfName + "\" does not have: \""
                        + ref.name + '"' + listOfClosest(closestNames(ref.name, m_fields))));
            } else if (m_mapped.contains(ref.name)) {
                m_diagnostics.push_back(problemAt(ref.origin, "ignored-but-mapped",
                    "field \"" + ref.name + "\" is both mapped and listed in \"ignore\""));
            }
        }
        for (const auto& [name, field] : m_fields) {
            if (!m_mapped.contains(name) && !ignored.contains(name) && !m_meant.contains(name)) {
                m_diagnostics.push_back(problemAt(m_form.pdf.origin, "unmapped-field",
                    "field \"" + name + "\" of the PDF is neither mapped nor listed in \"ignore\""));
            }
        }
    }

    const core::Template& m_form;
    std::string m_pdfName;
    std::map<std::string, const FieldInfo*> m_fields;
    std::set<std::string> m_mapped;
    std::set<std::string> m_meant; // fields a misspelt mapping most likely meant
    core::Diagnostics m_diagnostics;
};

// SFML reports decoding failures on its own stream; check says it once, with the file's place.
class SilencedSfmlErrors {
public:
    SilencedSfmlErrors() : m_saved(sf::err().rdbuf(nullptr)) {}
    ~SilencedSfmlErrors() { sf::err().rdbuf(m_saved); }
    SilencedSfmlErrors(const SilencedSfmlErrors&) = delete;
    SilencedSfmlErrors& operator=(const SilencedSfmlErrors&) = delete;

private:
    std::streambuf* m_saved;
};

void checkAudio(const core::Template& form, const std::filesystem::path& formDir,
                core::Diagnostics& diagnostics)
{
    const SilencedSfmlErrors silence;
    for (const auto& [language, texts] : form.texts) {
        for (const auto& [questionId, question] : texts.questions) {
            if (!question.audio) {
                continue;
            }
            // Decoding the whole file proves it plays; InputSoundFile needs no audio device.
            sf::InputSoundFile file;
            const std::filesystem::path path = formDir / question.audio->path;
            bool playable = std::filesystem::is_regular_file(path) && file.openFromFile(path.string())
                && file.getSampleCount() > 0;
            if (playable) {
                std::vector<sf::Int16> samples(4096);
                sf::Uint64 read = 0;
                while (const sf::Uint64 n = file.read(samples.data(), samples.size())) {
                    read += n;
                }
                playable = read == file.getSampleCount();
            }
            if (!playable) {
                diagnostics.push_back(problemAt(question.audio->origin, "bad-audio",
                    "audio \"" + question.audio->path
                        + "\" is missing or cannot be played (WAV, Ogg Vorbis or FLAC)"));
            }
        }
    }
}

} // namespace

core::Diagnostics checkFormFiles(const core::Template& form, const std::filesystem::path& formDir,
                                 const core::Date& today)
{
    core::Diagnostics diagnostics;
    if (form.validUntil && *form.validUntil < today) {
        diagnostics.push_back(problemAt(form.pdf.origin, "expired",
            "the form was valid until " + form.validUntil->toIso()
                + ": the kiosk no longer offers it; replace it with the current version",
            core::Severity::Warning));
        diagnostics.back().jsonPath = "/valid_until";
        diagnostics.back().position = {};
    }
    checkAudio(form, formDir, diagnostics);

    const std::filesystem::path pdf = formDir / form.pdf.file;
    if (!std::filesystem::is_regular_file(pdf)) {
        diagnostics.push_back(problemAt(form.pdf.origin, "missing-pdf",
            "the PDF \"" + form.pdf.file + "\" is not in " + formDir.string()));
        return diagnostics;
    }
    auto fields = printer::readFields(pdf);
    if (!fields) {
        diagnostics.push_back(problemAt(form.pdf.origin, "bad-pdf",
            "the PDF \"" + form.pdf.file + "\" cannot be read: " + fields.error().message));
        return diagnostics;
    }
    if (form.pdf.mode == core::PdfMode::AcroForm) {
        std::ranges::move(MappingCheck(form, *fields, form.pdf.file).run(), std::back_inserter(diagnostics));
    }
    return diagnostics;
}

} // namespace helder::tools
