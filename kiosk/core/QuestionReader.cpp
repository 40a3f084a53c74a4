#include "core/QuestionReader.hpp"

#include "core/ClosestName.hpp"
#include "core/ExampleReader.hpp"
#include "core/MappingReader.hpp"
#include "core/TemplateNames.hpp"

#include <algorithm>

namespace helder::core {
namespace {

constexpr std::int64_t maxMembers = 99;

struct GroupContext {
    std::string id;
    bool repeating = false;
};

bool isChoiceType(QuestionType type)
{
    return type == QuestionType::SingleChoice || type == QuestionType::MultipleChoice;
}

std::vector<std::string_view> typeNames()
{
    std::vector<std::string_view> names;
    for (int i = 0; i <= static_cast<int>(QuestionType::Email); ++i) {
        names.push_back(toString(static_cast<QuestionType>(i)));
    }
    return names;
}

class QuestionReader {
public:
    QuestionReader(FormReading& reading, const JsonObjectReader& reader, const GroupContext* group)
        : m_reading(reading), m_reader(reader), m_group(group)
    {
    }

    std::optional<Question> read()
    {
        m_reader.allowOnly({"id", "type", "required", "dont_know", "latin_only", "other_script", "show_if",
                            "example", "choices", "max_length", "min", "max", "not_in_future",
                            "allow_negative", "rules", "pdf"});
        Question question;
        question.origin = Origin{m_reading.json.fileName(), m_reader.pointer(),
                                 m_reading.json.positionOf(m_reader.pointer())};
        const auto id = m_reader.string("id", Need::Required);
        if (id) {
            question.id = *id;
        }
        const auto type = readType();
        question.choices = readChoices(type);
        if (id && m_reading.names.claim(m_reader, "id", *id)) {
            m_reading.outline.questions.push_back(OutlineQuestion{*id, m_group ? m_group->id : std::string(),
                type ? isChoiceType(*type) : m_reader.has("choices"), choiceIds(question.choices)});
        }
        question.required = m_reader.boolean("required", Need::Optional).value_or(true);
        question.dontKnowAllowed = m_reader.boolean("dont_know", Need::Optional).value_or(true);
        question.showIf = m_reading.expressions.read(m_reader, "show_if", Need::Optional, scope(false));
        question.rules = readRules();
        if (!type) {
            return std::nullopt;
        }
        question.type = *type;
        readTypeOptions(question);
        readBounds(m_reader, question);
        readExample(m_reader, question);
        question.pdf = readMapping(m_reader, MappingTarget{type, answerIds(question), m_group && m_group->repeating,
                                                            m_reading.mode});
        return question;
    }

private:
    ExpressionScope scope(bool allowsValue) const
    {
        return ExpressionScope{m_group ? m_group->id : std::string(), allowsValue, {}};
    }

    static std::vector<std::string> choiceIds(const std::vector<Choice>& choices)
    {
        std::vector<std::string> ids;
        for (const Choice& choice : choices) {
            ids.push_back(choice.id);
        }
        return ids;
    }

    static std::vector<std::string> answerIds(const Question& question)
    {
        if (question.type == QuestionType::YesNo) {
            return {"yes", "no"};
        }
        return choiceIds(question.choices);
    }

    std::optional<QuestionType> readType() const
    {
        const auto name = m_reader.string("type", Need::Required);
        if (!name) {
            return std::nullopt;
        }
        const auto type = questionTypeFromString(*name);
        if (!type) {
            std::string message = "unknown question type \"" + *name + "\"" + didYouMean(*name, typeNames())
                + "; valid types:";
            for (const auto valid : typeNames()) {
                message += ' ';
                message += valid;
            }
            m_reader.error("unknown-type", "type", std::move(message));
        }
        return type;
    }

    std::vector<Choice> readChoices(const std::optional<QuestionType>& type) const
    {
        std::vector<Choice> choices;
        if (type && isChoiceType(*type) && !m_reader.has("choices")) {
            m_reader.missing("missing-key", "choices", "a " + std::string(toString(*type))
                + " question needs \"choices\"");
            return choices;
        }
        if (type && !isChoiceType(*type) && m_reader.has("choices")) {
            m_reader.keyError("bad-value", "choices", "\"choices\" are only for single_choice and "
                "multiple_choice questions");
            return choices;
        }
        const nlohmann::json* array = m_reader.array("choices", Need::Optional);
        if (array && array->empty()) {
            m_reader.error("bad-value", "choices", "a choice question needs at least one choice");
        }
        IdRegistry ids("choice");
        for (std::size_t i = 0; array && i < array->size(); ++i) {
            const JsonObjectReader choice(m_reading.json, JsonSource::childPointer(m_reader.childPointer("choices"), i),
                                          m_reading.diagnostics);
            if (!choice.isObject()) {
                continue;
            }
            choice.allowOnly({"id", "icon"});
            const auto id = choice.string("id", Need::Required);
            const auto icon = choice.string("icon", Need::Optional);
            if (icon && !isIconName(*icon)) {
                choice.error("bad-value", "icon", "an icon is a Material Design icon name such as \"payments\"");
            }
            if (id && ids.claim(choice, "id", *id)) {
                choices.push_back(Choice{*id, icon.value_or("")});
            }
        }
        return choices;
    }

    std::vector<Rule> readRules() const
    {
        std::vector<Rule> rules;
        forEachElement(m_reader, "rules", Need::Optional, [&](const std::string& pointer) {
            const JsonObjectReader rule(m_reading.json, pointer, m_reading.diagnostics);
            if (!rule.isObject()) {
                return;
            }
            rule.allowOnly({"id", "valid_if"});
            const auto id = rule.string("id", Need::Required);
            if (id && m_reading.rules.claim(rule, "id", *id)) {
                m_reading.outline.rules.push_back(*id);
            }
            auto validIf = m_reading.expressions.read(rule, "valid_if", Need::Required, scope(true));
            if (id && validIf) {
                rules.push_back(Rule{*id, std::move(*validIf)});
            }
        });
        return rules;
    }

    // Reports `key` when present on a type it does not apply to; true when it may be read.
    bool appliesTo(std::string_view key, bool applies, std::string_view types) const
    {
        if (m_reader.has(key) && !applies) {
            m_reader.keyError("bad-value", key, "\"" + std::string(key) + "\" applies only to " + std::string(types)
                + " questions");
            return false;
        }
        return applies;
    }

    void readTypeOptions(Question& question) const
    {
        const bool freeText = isFreeText(question.type);
        if (appliesTo("latin_only", freeText, "short_text and long_text")) {
            question.latinOnly = m_reader.boolean("latin_only", Need::Optional).value_or(false);
        }
        if (appliesTo("other_script", freeText, "short_text and long_text")) {
            if (const auto policy = m_reader.string("other_script", Need::Optional)) {
                if (*policy == "fill") {
                    question.otherScript = OtherScriptPolicy::Fill;
                } else if (*policy != "worker") {
                    m_reader.error("bad-value", "other_script", "\"other_script\" is \"worker\" or \"fill\"");
                }
            }
        }
        if (appliesTo("max_length", freeText, "short_text and long_text")) {
            if (const auto length = m_reader.integer("max_length", Need::Optional)) {
                if (*length < 1) {
                    m_reader.error("bad-value", "max_length", "\"max_length\" must be at least 1");
                } else {
                    question.maxLength = static_cast<std::size_t>(*length);
                }
            }
        }
        if (appliesTo("not_in_future", question.type == QuestionType::Date, "date")) {
            question.notInFuture = m_reader.boolean("not_in_future", Need::Optional).value_or(false);
        }
        if (appliesTo("allow_negative", question.type == QuestionType::Money, "money")) {
            question.allowNegative = m_reader.boolean("allow_negative", Need::Optional).value_or(false);
        }
    }

    FormReading& m_reading;
    const JsonObjectReader& m_reader;
    const GroupContext* m_group;
};

std::optional<std::size_t> readCount(const JsonObjectReader& reader, std::string_view key, Need need)
{
    const auto count = reader.integer(key, need);
    if (count && (*count < 0 || *count > maxMembers)) {
        reader.error("bad-value", key, "\"" + std::string(key) + "\" must be between 0 and "
            + std::to_string(maxMembers));
        return std::nullopt;
    }
    return count ? std::optional(static_cast<std::size_t>(*count)) : std::nullopt;
}

std::optional<RepeatRange> readRepeat(const JsonObjectReader& group)
{
    const JsonObjectReader repeat(group.source(), group.childPointer("repeat"), group.diagnostics());
    if (!repeat.isObject()) {
        return std::nullopt;
    }
    repeat.allowOnly({"min", "max"});
    const auto min = readCount(repeat, "min", Need::Required);
    const auto max = readCount(repeat, "max", Need::Required);
    if (!min || !max) {
        return std::nullopt;
    }
    if (*max < 1 || *max < *min) {
        repeat.error("bad-value", "max", "\"max\" must be at least 1 and at least \"min\"");
        return std::nullopt;
    }
    return RepeatRange{*min, *max};
}

std::optional<Group> readGroup(FormReading& reading, const JsonObjectReader& reader)
{
    reader.allowOnly({"group", "repeat", "show_if", "example_count", "questions"});
    Group group;
    group.origin = Origin{reading.json.fileName(), reader.pointer(), reading.json.positionOf(reader.pointer())};
    const auto id = reader.string("group", Need::Required);
    if (id) {
        group.id = *id;
        if (reading.names.claim(reader, "group", *id)) {
            reading.outline.groups.push_back(OutlineGroup{*id, reader.has("repeat")});
        }
    }
    bool valid = static_cast<bool>(id);
    if (reader.has("repeat")) {
        group.repeat = readRepeat(reader);
        valid = valid && group.repeat;
    }
    // The group's own condition is decided before any member exists: it sees the form's names.
    group.showIf = reading.expressions.read(reader, "show_if", Need::Optional, ExpressionScope{});
    const auto exampleCount = readCount(reader, "example_count", Need::Optional);
    if (exampleCount && !reader.has("repeat")) {
        reader.keyError("bad-value", "example_count", "\"example_count\" is only for repeating groups");
    } else if (group.repeat) {
        group.exampleCount = exampleCount.value_or(std::max<std::size_t>(group.repeat->min, 1));
        if (group.exampleCount < group.repeat->min || group.exampleCount > group.repeat->max) {
            reader.error("bad-value", exampleCount ? "example_count" : "repeat",
                "\"example_count\" must lie between the group's min and max");
            valid = false;
        }
    }
    const GroupContext context{group.id, reader.has("repeat")};
    const auto* members = reader.array("questions", Need::Required);
    if (members && members->empty()) {
        reader.error("bad-value", "questions", "a group needs at least one question");
    }
    for (std::size_t i = 0; members && i < members->size(); ++i) {
        const JsonObjectReader member(reading.json, JsonSource::childPointer(reader.childPointer("questions"), i),
                                      reading.diagnostics);
        if (!member.isObject()) {
            valid = false;
        } else if (member.has("group")) {
            member.keyError("bad-value", "group", "groups cannot be nested");
            valid = false;
        } else if (auto question = QuestionReader(reading, member, &context).read()) {
            group.questions.push_back(std::move(*question));
        } else {
            valid = false;
        }
    }
    return valid && members ? std::optional(std::move(group)) : std::nullopt;
}

} // namespace

std::optional<Item> readItem(FormReading& reading, const std::string& pointer)
{
    const JsonObjectReader reader(reading.json, pointer, reading.diagnostics);
    if (!reader.isObject()) {
        return std::nullopt;
    }
    if (reader.has("group")) {
        auto group = readGroup(reading, reader);
        return group ? std::optional<Item>(std::move(*group)) : std::nullopt;
    }
    auto question = QuestionReader(reading, reader, nullptr).read();
    return question ? std::optional<Item>(std::move(*question)) : std::nullopt;
}

} // namespace helder::core
