#pragma once
// The in-memory form template: what staff wrote in forms/<id>/form.json and texts/<lang>.json,
// checked and resolved (the format is documented in forms/README.md and forms/schema/).

#include "core/Date.hpp"
#include "core/Diagnostic.hpp"
#include "core/Expression.hpp"
#include "core/Value.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace helder::core {

enum class QuestionType {
    ShortText, LongText, Number, Money, Date, YesNo, SingleChoice, MultipleChoice,
    NationalRegisterNumber, Iban, Postcode, Phone, Email,
};
std::string_view toString(QuestionType type);
std::optional<QuestionType> questionTypeFromString(std::string_view name);
bool isFreeText(QuestionType type); // short and long text: may be typed in any script

enum class MaxLenPolicy { Error, Truncate };
enum class OtherScriptPolicy { Worker, Fill };
enum class PdfMode { AcroForm, Overlay };
enum class Alignment { Start, Left, Center, Right };

// Where something was written, for messages that point staff at it.
struct Origin {
    std::string file;
    std::string jsonPath;
    SourcePosition position;
};

// A PDF field name as written in a mapping ("{n}" stands for the household member's number).
struct FieldRef {
    std::string name;
    Origin origin;
};

struct TextMapping {
    FieldRef field;
    std::optional<MaxLenPolicy> maxLen; // unset: the form's default
};
struct CheckboxMapping {
    FieldRef field;
    bool tickWhen = true; // yes_no: ticked on "yes" (or on "no" when false)
};
struct CheckboxesMapping {
    std::vector<std::pair<std::string, FieldRef>> boxes; // choice id (or "yes"/"no") → checkbox
};
struct RadioMapping {
    FieldRef group;
    std::vector<std::pair<std::string, std::string>> options; // choice id (or "yes"/"no") → export value
};
struct ChoiceFieldMapping {
    FieldRef field;
    std::vector<std::pair<std::string, std::string>> options; // empty: the answer is written as is
};
struct DateSplitMapping {
    FieldRef day;
    FieldRef month;
    FieldRef year;
};
struct SplitPart {
    FieldRef field;
    std::optional<std::size_t> length; // unset on the last part: the rest
};
struct SplitMapping {
    std::vector<SplitPart> parts;
};
struct OverlayMapping {
    int page = 1;      // 1-based
    double x = 0;      // PDF points from the bottom-left of the page
    double y = 0;
    double width = 0;
    double height = 0;
    double fontSize = 11;
    Alignment align = Alignment::Start;
    double rowStep = 0; // added to y for each next member of a repeating group
    std::vector<std::pair<std::string, std::string>> text; // answer → what is drawn ("yes" → "X")
    Origin origin;
};
using PdfMapping = std::variant<TextMapping, CheckboxMapping, CheckboxesMapping, RadioMapping,
                                ChoiceFieldMapping, DateSplitMapping, SplitMapping, OverlayMapping>;

struct Choice {
    std::string id;
    std::string icon; // Material Design icon ligature name; may be empty
};

struct Rule {
    std::string id;
    Expression validIf; // `value` is the answer being checked
};

struct Question {
    std::string id;
    QuestionType type = QuestionType::ShortText;
    bool required = true;
    bool dontKnowAllowed = true;
    bool latinOnly = false;
    OtherScriptPolicy otherScript = OtherScriptPolicy::Worker;
    std::optional<Expression> showIf;
    Value example; // canonical: bool, Decimal, Date, std::string, or the chosen ids
    std::vector<Choice> choices;
    std::optional<std::size_t> maxLength;
    std::optional<Value> min; // Decimal for number/money, Date for date
    std::optional<Value> max;
    bool notInFuture = false;
    bool allowNegative = false;
    std::vector<Rule> rules;
    std::optional<PdfMapping> pdf;
    Origin origin;
};

struct RepeatRange {
    std::size_t min = 0;
    std::size_t max = 1;
};

struct Group {
    std::string id;
    std::optional<RepeatRange> repeat; // set: a repeating group (household members)
    std::optional<Expression> showIf;
    std::size_t exampleCount = 1;
    std::vector<Question> questions;
    Origin origin;
};

using Item = std::variant<Question, Group>;

struct Computed {
    std::string id;
    Expression expr;
    std::optional<PdfMapping> pdf;
    Origin origin;
};

struct Document {
    std::string id;
    std::optional<Expression> showIf;
};

struct RightsHint {
    std::string id;
    Expression when;
};

struct PdfSpec {
    std::string file; // relative to the form's folder
    PdfMode mode = PdfMode::AcroForm;
    MaxLenPolicy maxLen = MaxLenPolicy::Error;
    std::vector<FieldRef> ignore;
    Origin origin; // of the "file" value
};

// ---- texts/<lang>.json ----

struct FileRef {
    std::string path; // relative to the form's folder
    Origin origin;
};

struct QuestionTexts {
    std::string text;
    std::string help;
    std::string example;
    std::optional<FileRef> audio;
    std::map<std::string, std::string> choices;
};

struct GroupTexts {
    std::string title;
    std::string member; // "Person {n}"
};

struct Reviewed {
    std::optional<std::string> by;
    std::optional<Date> on;
};

struct FormTexts {
    std::string language;
    std::string file;
    Reviewed reviewed;
    std::string title;
    std::string purpose;
    std::map<std::string, std::string> documents;
    std::map<std::string, GroupTexts> groups;
    std::map<std::string, QuestionTexts> questions;
    std::map<std::string, std::string> computed;
    std::map<std::string, std::string> rules;
    std::map<std::string, std::string> rightsHints;
};

struct Template {
    std::string id;
    std::string version;
    Date validFrom;
    std::optional<Date> validUntil;
    bool model = false;
    std::string officialLanguage;
    std::string icon;
    PdfSpec pdf;
    std::vector<Document> documents;
    std::vector<Item> items;
    std::vector<Computed> computed;
    std::vector<RightsHint> rightsHints;
    std::map<std::string, FormTexts> texts; // by language code
    std::string directory;                  // the form's folder, as given to the loader

    const Question* findQuestion(std::string_view questionId) const;
    const Group* findGroup(std::string_view groupId) const;
    // The repeating or plain group a question belongs to; nullptr at the top level.
    const Group* groupOf(std::string_view questionId) const;
    const Computed* findComputed(std::string_view computedId) const;
    std::vector<std::string> languages() const;
    bool hasLanguage(std::string_view language) const;
    bool isValidOn(const Date& day) const;
};

} // namespace helder::core
