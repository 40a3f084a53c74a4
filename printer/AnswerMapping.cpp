#include "printer/AnswerMapping.hpp"

#include "i18n/PaperFormat.hpp"
#include "text/Graphemes.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace helder::printer {
namespace {

constexpr const char* kDatePattern = "dd/MM/yyyy";

std::string withMember(std::string name, const std::optional<std::size_t>& member)
{
    if (!member)
        return name;
    const std::string number = std::to_string(*member + 1);
    for (std::size_t at = name.find("{n}"); at != std::string::npos; at = name.find("{n}", at + number.size()))
        name.replace(at, 3, number);
    return name;
}

// The key a mapping's option table is looked up with: a choice id, or "yes"/"no".
std::string optionKey(const core::Value& value)
{
    if (const auto yes = value.asBool())
        return *yes ? "yes" : "no";
    if (const std::string* text = value.asText())
        return *text;
    return value.toDisplayString();
}

// `question` is null for a computed value.
std::string paperText(const core::Value& value, const core::Question* question)
{
    if (const auto date = value.asDate()) {
        auto formatted = i18n::formatDateForPaper(*date, kDatePattern);
        return formatted ? *formatted : date->toIso();
    }
    if (const auto number = value.asNumber()) {
        if (question && question->type == core::QuestionType::Money)
            return i18n::formatMoneyForPaper(*number);
        std::string plain = number->toString();
        std::replace(plain.begin(), plain.end(), '.', ',');
        return plain;
    }
    if (const auto yes = value.asBool())
        return *yes ? "X" : "";
    return value.toDisplayString();
}

const std::string* lookup(const std::vector<std::pair<std::string, std::string>>& table, const std::string& key)
{
    const auto found = std::find_if(table.begin(), table.end(), [&](const auto& entry) { return entry.first == key; });
    return found == table.end() ? nullptr : &found->second;
}

class Mapper {
public:
    explicit Mapper(MappedAnswers& out)
        : m_out(out)
    {
    }

    void map(const core::PdfMapping& mapping, const core::Value& value, const core::Question* question,
             const std::optional<std::size_t>& member)
    {
        m_member = member;
        std::visit([&](const auto& kind) { apply(kind, value, question); }, mapping);
    }

private:
    void field(const core::FieldRef& ref, FillValue value,
               std::optional<MaxLengthPolicy> policy = std::nullopt)
    {
        m_out.fields.push_back({withMember(ref.name, m_member), std::move(value), policy});
    }

    void apply(const core::TextMapping& mapping, const core::Value& value, const core::Question* question)
    {
        const std::string text = paperText(value, question);
        if (question && core::isFreeText(question->type) && question->otherScript == core::OtherScriptPolicy::Worker &&
            hasNonLatinLetters(text)) {
            m_out.forWorker.push_back({question->id, m_member, text});
            return;
        }
        std::optional<MaxLengthPolicy> policy;
        if (mapping.maxLen)
            policy = *mapping.maxLen == core::MaxLenPolicy::Truncate ? MaxLengthPolicy::Truncate : MaxLengthPolicy::Error;
        field(mapping.field, text, policy);
    }

    void apply(const core::CheckboxMapping& mapping, const core::Value& value, const core::Question*)
    {
        if (const auto yes = value.asBool())
            field(mapping.field, *yes == mapping.tickWhen);
    }

    void apply(const core::CheckboxesMapping& mapping, const core::Value& value, const core::Question*)
    {
        const core::Choices* chosen = value.asChoices();
        const std::string key = optionKey(value);
        for (const auto& [id, ref] : mapping.boxes) {
            const bool ticked = chosen ? std::find(chosen->begin(), chosen->end(), id) != chosen->end() : id == key;
            field(ref, ticked);
        }
    }

    void apply(const core::RadioMapping& mapping, const core::Value& value, const core::Question*)
    {
        if (const std::string* exported = lookup(mapping.options, optionKey(value)))
            field(mapping.group, *exported);
    }

    void apply(const core::ChoiceFieldMapping& mapping, const core::Value& value, const core::Question* question)
    {
        const std::string key = optionKey(value);
        const std::string* exported = lookup(mapping.options, key);
        field(mapping.field, exported ? *exported : value.isText() ? key : paperText(value, question));
    }

    void apply(const core::DateSplitMapping& mapping, const core::Value& value, const core::Question*)
    {
        const auto date = value.asDate();
        if (!date)
            return;
        for (const auto& [ref, pattern] : {std::pair{&mapping.day, "dd"}, std::pair{&mapping.month, "MM"},
                                           std::pair{&mapping.year, "yyyy"}}) {
            if (auto part = i18n::formatDateForPaper(*date, pattern))
                field(*ref, *part);
        }
    }

    void apply(const core::SplitMapping& mapping, const core::Value& value, const core::Question* question)
    {
        const std::string text = paperText(value, question);
        const std::vector<std::size_t> boundaries = text::graphemeBoundaries(text);
        std::size_t next = 0;  // index into boundaries
        for (const core::SplitPart& part : mapping.parts) {
            const std::size_t all = boundaries.size() - 1;
            const std::size_t end = part.length ? std::min(next + *part.length, all) : all;
            field(part.field, text.substr(boundaries[next], boundaries[end] - boundaries[next]));
            next = end;
        }
    }

    void apply(const core::OverlayMapping& mapping, const core::Value& value, const core::Question* question)
    {
        std::string text;
        if (const std::string* given = lookup(mapping.text, optionKey(value)))
            text = *given;
        else
            text = paperText(value, question);
        if (question && core::isFreeText(question->type) && question->otherScript == core::OtherScriptPolicy::Worker &&
            hasNonLatinLetters(text)) {
            m_out.forWorker.push_back({question->id, m_member, text});
            return;
        }
        if (text.empty())
            return;
        const double step = m_member ? mapping.rowStep * static_cast<double>(*m_member) : 0.0;
        m_out.overlays.push_back({mapping.page, mapping.x, mapping.y + step, mapping.width, mapping.height,
                                  mapping.fontSize, mapping.align, text});
    }

    MappedAnswers& m_out;
    std::optional<std::size_t> m_member;
};

} // namespace

bool hasNonLatinLetters(std::string_view text)
{
    std::int32_t i = 0;
    const auto length = static_cast<std::int32_t>(text.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, length, c);
        if (c < 0 || !u_isalpha(c))
            continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED)
            return true;
    }
    return false;
}

MappedAnswers mapAnswers(const core::SessionView& view)
{
    MappedAnswers out;
    Mapper mapper(out);
    for (const core::Step& step : view.steps()) {
        if (step.isGroupOverview())
            continue;
        const core::Question* question = view.question(step);
        const core::Answer* answer = view.answer(step);
        if (!question || !question->pdf || !answer || answer->isDontKnow() || answer->value.isUnknown())
            continue;
        mapper.map(*question->pdf, answer->value, question, step.member);
    }
    for (const core::Computed& computed : view.form().computed) {
        if (!computed.pdf)
            continue;
        const core::Value value = view.computed(computed.id);
        if (!value.isUnknown())
            mapper.map(*computed.pdf, value, nullptr, std::nullopt);
    }
    return out;
}

} // namespace helder::printer
