#include "core/MappingReader.hpp"

#include <algorithm>
#include <array>
#include <expected>
#include <limits>

namespace helder::core {
namespace {

constexpr std::array<std::string_view, 8> kinds{"field", "checkbox", "checkboxes", "radio",
                                                 "choice", "date", "split", "overlay"};

bool isOneOf(const std::optional<QuestionType>& type, std::initializer_list<QuestionType> types)
{
    return type && std::ranges::find(types, *type) != types.end();
}

std::string joined(const std::vector<std::string>& ids)
{
    std::string text;
    for (const auto& id : ids) {
        text += (text.empty() ? "" : ", ") + id;
    }
    return text;
}

class Reader {
public:
    Reader(const JsonObjectReader& mapping, const MappingTarget& target)
        : m_mapping(mapping), m_target(target)
    {
    }

    std::optional<PdfMapping> read()
    {
        m_mapping.allowOnly({"field", "checkbox", "checkboxes", "radio", "choice", "date", "split",
                             "overlay", "maxlen", "when", "options", "text"});
        std::string kind;
        for (const auto candidate : kinds) {
            if (!m_mapping.has(candidate)) {
                continue;
            }
            if (!kind.empty()) {
                m_mapping.keyError("bad-mapping", candidate, "a mapping has exactly one kind: \"" + kind
                    + "\" and \"" + std::string(candidate) + "\" both given");
                return std::nullopt;
            }
            kind = candidate;
        }
        if (kind.empty()) {
            m_mapping.diagnostics().push_back(m_mapping.source().error("bad-mapping", m_mapping.pointer(),
                "a mapping needs one of: field, checkbox, checkboxes, radio, choice, date, split, overlay"));
            return std::nullopt;
        }
        if (!companionsFit(kind) || !modeFits(kind) || !typeFits(kind)) {
            return std::nullopt;
        }
        return readKind(kind);
    }

private:
    bool companionsFit(const std::string& kind) const
    {
        struct Companion {
            std::string_view key;
            std::array<std::string_view, 2> kinds; // the mapping kinds it goes with
        };
        constexpr std::array<Companion, 4> companions{{
            {"maxlen", {"field", ""}}, {"when", {"checkbox", ""}}, {"options", {"radio", "choice"}},
            {"text", {"overlay", ""}},
        }};
        bool fits = true;
        for (const auto& [key, owners] : companions) {
            if (m_mapping.has(key) && std::ranges::find(owners, kind) == owners.end()) {
                m_mapping.keyError("bad-mapping", key, "\"" + std::string(key) + "\" does not go with \""
                    + kind + "\"");
                fits = false;
            }
        }
        return fits;
    }

    bool modeFits(const std::string& kind) const
    {
        if (kind == "overlay" && m_target.mode != PdfMode::Overlay) {
            m_mapping.keyError("bad-mapping", kind, "overlay mappings need \"mode\": \"overlay\" in \"pdf\"");
            return false;
        }
        if (kind != "overlay" && m_target.mode == PdfMode::Overlay) {
            m_mapping.keyError("bad-mapping", kind, "the form's PDF is in overlay mode: map with \"overlay\"");
            return false;
        }
        return true;
    }

    bool typeFits(const std::string& kind) const
    {
        using enum QuestionType;
        const auto& type = m_target.type;
        bool fits = true;
        if (kind == "checkbox") {
            fits = !type || type == YesNo;
        } else if (kind == "checkboxes") {
            fits = isOneOf(type, {MultipleChoice, YesNo});
        } else if (kind == "radio") {
            fits = isOneOf(type, {SingleChoice, YesNo});
        } else if (kind == "choice") {
            fits = type != MultipleChoice;
        } else if (kind == "date") {
            fits = !type || type == Date;
        } else if (kind == "split") {
            fits = !isOneOf(type, {YesNo, SingleChoice, MultipleChoice});
        }
        if (!fits) {
            m_mapping.keyError("bad-mapping", kind, "a \"" + kind + "\" mapping does not fit a "
                + std::string(type ? toString(*type) : "computed value") + " question");
        }
        return fits;
    }

    std::optional<PdfMapping> readKind(const std::string& kind)
    {
        if (kind == "field") {
            auto field = fieldRef(m_mapping, "field");
            auto maxLen = maxLenPolicy();
            if (!field || !maxLen) {
                return std::nullopt;
            }
            return TextMapping{std::move(*field), *maxLen};
        }
        if (kind == "checkbox") {
            auto field = fieldRef(m_mapping, "checkbox");
            const bool tickWhen = m_mapping.boolean("when", Need::Optional).value_or(true);
            return field ? std::optional<PdfMapping>(CheckboxMapping{std::move(*field), tickWhen}) : std::nullopt;
        }
        if (kind == "checkboxes") {
            return readCheckboxes();
        }
        if (kind == "radio") {
            auto group = fieldRef(m_mapping, "radio");
            auto options = readOptions(Need::Required, true);
            if (!group || !options) {
                return std::nullopt;
            }
            return RadioMapping{std::move(*group), std::move(*options)};
        }
        if (kind == "choice") {
            auto field = fieldRef(m_mapping, "choice");
            auto options = readOptions(Need::Optional, false);
            if (!field || !options) {
                return std::nullopt;
            }
            return ChoiceFieldMapping{std::move(*field), std::move(*options)};
        }
        if (kind == "date") {
            return readDate();
        }
        if (kind == "split") {
            return readSplit();
        }
        return readOverlay();
    }

    std::optional<FieldRef> fieldRef(const JsonObjectReader& reader, std::string_view key) const
    {
        auto name = reader.string(key, Need::Required);
        if (!name) {
            return std::nullopt;
        }
        if (name->empty()) {
            reader.error("bad-mapping", key, "empty PDF field name");
            return std::nullopt;
        }
        const bool numbered = name->find("{n}") != std::string::npos;
        if (numbered && !m_target.inRepeatingGroup) {
            reader.error("bad-mapping", key, "\"{n}\" (the member's number) is only for questions of a "
                "repeating group");
            return std::nullopt;
        }
        if (!numbered && m_target.inRepeatingGroup) {
            reader.error("bad-mapping", key, "in a repeating group, field names hold \"{n}\" so that "
                "each member goes to its own row");
            return std::nullopt;
        }
        const std::string pointer = reader.childPointer(key);
        return FieldRef{*name, Origin{reader.source().fileName(), pointer, reader.source().positionOf(pointer)}};
    }

    // The mapping's own MaxLen policy (none: the form's default); an unexpected value when it is
    // invalid (already reported).
    std::expected<std::optional<MaxLenPolicy>, std::monostate> maxLenPolicy() const
    {
        const auto text = m_mapping.string("maxlen", Need::Optional);
        if (!text) {
            return std::nullopt;
        }
        if (*text == "error") {
            return MaxLenPolicy::Error;
        }
        if (*text == "truncate") {
            return MaxLenPolicy::Truncate;
        }
        m_mapping.error("bad-value", "maxlen", "\"maxlen\" is \"error\" or \"truncate\"");
        return std::unexpected(std::monostate{});
    }

    // An object keyed by answer ids (choice ids, or yes/no); `exact`: every id must be present.
    bool keysFit(const JsonObjectReader& reader, bool exact) const
    {
        if (!m_target.type || m_target.answerIds.empty()) {
            return true;
        }
        bool fits = true;
        for (const auto& key : reader.keys()) {
            if (std::ranges::find(m_target.answerIds, key) == m_target.answerIds.end()) {
                reader.keyError("bad-mapping", key, "\"" + key + "\" is not an answer of this question ("
                    + joined(m_target.answerIds) + ")");
                fits = false;
            }
        }
        if (exact) {
            for (const auto& id : m_target.answerIds) {
                if (!reader.has(id)) {
                    reader.missing("bad-mapping", id, "no option for the answer \"" + id + "\"");
                    fits = false;
                }
            }
        }
        return fits;
    }

    std::optional<std::vector<std::pair<std::string, std::string>>> stringMap(std::string_view key,
                                                                              Need need, bool exact) const
    {
        std::vector<std::pair<std::string, std::string>> result;
        if (!m_mapping.object(key, need)) {
            return m_mapping.has(key) ? std::nullopt : std::optional(result);
        }
        const JsonObjectReader reader(m_mapping.source(), m_mapping.childPointer(key), m_mapping.diagnostics());
        bool valid = keysFit(reader, exact);
        for (const auto& id : reader.keys()) {
            if (auto value = reader.string(id, Need::Required)) {
                result.emplace_back(id, std::move(*value));
            } else {
                valid = false;
            }
        }
        return valid ? std::optional(std::move(result)) : std::nullopt;
    }

    std::optional<std::vector<std::pair<std::string, std::string>>> readOptions(Need need, bool exact) const
    {
        return stringMap("options", need, exact);
    }

    std::optional<PdfMapping> readCheckboxes() const
    {
        if (!m_mapping.object("checkboxes", Need::Required)) {
            return std::nullopt;
        }
        const JsonObjectReader reader(m_mapping.source(), m_mapping.childPointer("checkboxes"),
                                      m_mapping.diagnostics());
        bool valid = keysFit(reader, false);
        if (reader.keys().empty()) {
            m_mapping.error("bad-mapping", "checkboxes", "\"checkboxes\" needs at least one answer's checkbox");
            valid = false;
        }
        CheckboxesMapping mapping;
        for (const auto& id : reader.keys()) {
            if (auto field = fieldRef(reader, id)) {
                mapping.boxes.emplace_back(id, std::move(*field));
            } else {
                valid = false;
            }
        }
        return valid ? std::optional<PdfMapping>(std::move(mapping)) : std::nullopt;
    }

    std::optional<PdfMapping> readDate() const
    {
        if (!m_mapping.object("date", Need::Required)) {
            return std::nullopt;
        }
        const JsonObjectReader reader(m_mapping.source(), m_mapping.childPointer("date"), m_mapping.diagnostics());
        reader.allowOnly({"day", "month", "year"});
        auto day = fieldRef(reader, "day");
        auto month = fieldRef(reader, "month");
        auto year = fieldRef(reader, "year");
        if (!day || !month || !year) {
            return std::nullopt;
        }
        return DateSplitMapping{std::move(*day), std::move(*month), std::move(*year)};
    }

    std::optional<PdfMapping> readSplit() const
    {
        const nlohmann::json* parts = m_mapping.array("split", Need::Required);
        if (!parts) {
            return std::nullopt;
        }
        if (parts->empty()) {
            m_mapping.error("bad-mapping", "split", "\"split\" needs at least one part");
            return std::nullopt;
        }
        SplitMapping mapping;
        bool valid = true;
        for (std::size_t i = 0; i < parts->size(); ++i) {
            const JsonObjectReader part(m_mapping.source(), JsonSource::childPointer(m_mapping.childPointer("split"), i),
                                        m_mapping.diagnostics());
            if (!part.isObject()) {
                valid = false;
                continue;
            }
            part.allowOnly({"field", "length"});
            auto field = fieldRef(part, "field");
            const bool last = i + 1 == parts->size();
            const auto length = part.integer("length", last ? Need::Optional : Need::Required);
            if (length && *length <= 0) {
                part.error("bad-value", "length", "\"length\" is a number of characters, at least 1");
                valid = false;
            }
            if (!field || (!last && !length)) {
                valid = false;
                continue;
            }
            mapping.parts.push_back(SplitPart{std::move(*field),
                length ? std::optional(static_cast<std::size_t>(*length)) : std::nullopt});
        }
        return valid ? std::optional<PdfMapping>(std::move(mapping)) : std::nullopt;
    }

    std::optional<PdfMapping> readOverlay() const
    {
        const JsonObjectReader overlay(m_mapping.source(), m_mapping.childPointer("overlay"), m_mapping.diagnostics());
        if (!overlay.isObject()) {
            return std::nullopt;
        }
        overlay.allowOnly({"page", "box", "size", "align", "row_step"});
        OverlayMapping mapping;
        mapping.origin = Origin{overlay.source().fileName(), overlay.pointer(),
                                overlay.source().positionOf(overlay.pointer())};
        bool valid = true;
        if (const auto page = overlay.integer("page", Need::Required); page && *page >= 1
            && *page <= std::numeric_limits<int>::max()) {
            mapping.page = static_cast<int>(*page);
        } else {
            if (page) {
                overlay.error("bad-value", "page", "pages are numbered from 1");
            }
            valid = false;
        }
        valid = readBox(overlay, mapping) && valid;
        if (const auto size = overlay.number("size", Need::Optional)) {
            if (*size <= 0) {
                overlay.error("bad-value", "size", "the font size must be above 0");
                valid = false;
            }
            mapping.fontSize = *size;
        }
        if (const auto align = overlay.string("align", Need::Optional)) {
            const std::array<std::pair<std::string_view, Alignment>, 4> alignments{{
                {"start", Alignment::Start}, {"left", Alignment::Left}, {"center", Alignment::Center},
                {"right", Alignment::Right}}};
            const auto it = std::ranges::find(alignments, *align, &std::pair<std::string_view, Alignment>::first);
            if (it == alignments.end()) {
                overlay.error("bad-value", "align", "\"align\" is one of: start, left, center, right");
                valid = false;
            } else {
                mapping.align = it->second;
            }
        }
        mapping.rowStep = overlay.number("row_step", Need::Optional).value_or(0);
        if (overlay.has("row_step") && !m_target.inRepeatingGroup) {
            overlay.keyError("bad-mapping", "row_step", "\"row_step\" is only for questions of a repeating group");
            valid = false;
        } else if (m_target.inRepeatingGroup && mapping.rowStep == 0.0) {
            overlay.missing("bad-mapping", "row_step", "in a repeating group, \"row_step\" (not 0) moves "
                "each next member to its own row");
            valid = false;
        }
        auto text = stringMap("text", Need::Optional, false);
        if (text && !text->empty() && !isOneOf(m_target.type, {QuestionType::YesNo, QuestionType::SingleChoice,
                                                               QuestionType::MultipleChoice})) {
            m_mapping.keyError("bad-mapping", "text", "\"text\" is only for yes_no and choice questions");
            valid = false;
        }
        if (!text || !valid) {
            return std::nullopt;
        }
        mapping.text = std::move(*text);
        return mapping;
    }

    static bool readBox(const JsonObjectReader& overlay, OverlayMapping& mapping)
    {
        const nlohmann::json* box = overlay.array("box", Need::Required);
        if (!box) {
            return false;
        }
        if (box->size() != 4 || !std::ranges::all_of(*box, [](const auto& v) { return v.is_number(); })) {
            overlay.error("bad-value", "box", "\"box\" is [x, y, width, height] in points");
            return false;
        }
        mapping.x = (*box)[0].get<double>();
        mapping.y = (*box)[1].get<double>();
        mapping.width = (*box)[2].get<double>();
        mapping.height = (*box)[3].get<double>();
        if (mapping.width <= 0 || mapping.height <= 0) {
            overlay.error("bad-value", "box", "the box's width and height must be above 0");
            return false;
        }
        return true;
    }

    const JsonObjectReader& m_mapping;
    const MappingTarget& m_target;
};

} // namespace

std::optional<PdfMapping> readMapping(const JsonObjectReader& owner, const MappingTarget& target)
{
    if (!owner.has("pdf")) {
        return std::nullopt;
    }
    const JsonObjectReader mapping(owner.source(), owner.childPointer("pdf"), owner.diagnostics());
    if (!mapping.isObject()) {
        return std::nullopt;
    }
    return Reader(mapping, target).read();
}

} // namespace helder::core
