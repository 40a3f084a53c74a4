#include "i18n/MessageAnalysis.hpp"

#include "i18n/IcuText.hpp"

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/parseerr.h>
#include <unicode/plurrule.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace helder::i18n {

namespace {

std::string describeIcuError(UErrorCode status)
{
    switch (status) {
    case U_UNMATCHED_BRACES:
        return "a '{' or '}' has no partner";
    case U_DEFAULT_KEYWORD_MISSING:
        return "a plural or select needs an 'other' form";
    case U_DUPLICATE_KEYWORD:
        return "the same plural or select form is given twice";
    case U_ILLEGAL_ARGUMENT_ERROR:
        return "an argument is malformed (check its type: number, date, plural, select, selectordinal)";
    case U_PATTERN_SYNTAX_ERROR:
        return "syntax error";
    default:
        return u_errorName(status);
    }
}

// Assumes the file escapes the text the way nlohmann::json does (only quotes, backslashes and
// control characters), which holds for any hand-written file without needless \u escapes.
int columnsAfterQuote(const icu::UnicodeString& pattern, int32_t offset)
{
    const std::string prefix = toUtf8(pattern.tempSubString(0, std::max<int32_t>(0, offset)));
    const std::string escaped =
        nlohmann::json(prefix).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // The dump is quoted: its opening quote is the one in the file, its closing quote stands for the
    // offending character itself.
    return static_cast<int>(std::count_if(escaped.begin(), escaped.end(), [](char c) {
               return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
           })) - 1;
}

} // namespace

const std::set<std::string>& PluralCategories::forLocale(const icu::Locale& locale, bool ordinal)
{
    const std::string name = std::string(locale.getName()) + (ordinal ? "#ordinal" : "#cardinal");
    if (const auto found = m_cache.find(name); found != m_cache.end())
        return found->second;
    std::set<std::string> categories;
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::PluralRules> rules(
        icu::PluralRules::forLocale(locale, ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, status));
    if (U_SUCCESS(status) && rules) {
        for (int32_t n = 0; n <= 1000; ++n)
            categories.insert(toUtf8(rules->select(n)));
    }
    return m_cache.emplace(name, std::move(categories)).first->second;
}

MessageAnalysis analyseMessage(std::string_view text, const icu::Locale& locale, PluralCategories& plurals)
{
    MessageAnalysis analysis;
    const icu::UnicodeString pattern = toUnicode(text);
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError{};
    icu::MessagePattern parts(status);
    parts.parse(pattern, &parseError, status);
    if (U_FAILURE(status)) {
        analysis.problems.push_back({core::Severity::Error, "message-syntax",
                                     describeIcuError(status) + " at character " +
                                         std::to_string(parseError.offset + 1) + " of the message",
                                     columnsAfterQuote(pattern, parseError.offset)});
        return analysis;
    }
    // MessageFormat checks more than the pattern's shape: argument types and styles.
    status = U_ZERO_ERROR;
    const icu::MessageFormat format(pattern, locale, parseError, status);
    if (U_FAILURE(status)) {
        analysis.problems.push_back({core::Severity::Error, "message-syntax", describeIcuError(status), {}});
        return analysis;
    }

    bool valid = true;
    std::vector<int32_t> openArguments;
    std::map<int32_t, std::set<std::string>> selectors; // by the index of their argument's start
    for (int32_t i = 0; i < parts.countParts(); ++i) {
        const icu::MessagePattern::Part& part = parts.getPart(i);
        switch (part.getType()) {
        case UMSGPAT_PART_TYPE_ARG_START:
            openArguments.push_back(i);
            break;
        case UMSGPAT_PART_TYPE_ARG_LIMIT:
            if (!openArguments.empty())
                openArguments.pop_back();
            break;
        case UMSGPAT_PART_TYPE_ARG_NAME:
            analysis.arguments.insert(toUtf8(parts.getSubstring(part)));
            break;
        case UMSGPAT_PART_TYPE_ARG_NUMBER:
            valid = false;
            analysis.problems.push_back({core::Severity::Error, "numbered-argument",
                                         "use named arguments such as {count}, not {" +
                                             std::to_string(part.getValue()) + "}",
                                         columnsAfterQuote(pattern, part.getIndex())});
            break;
        case UMSGPAT_PART_TYPE_ARG_SELECTOR:
            if (!openArguments.empty())
                selectors[openArguments.back()].insert(toUtf8(parts.getSubstring(part)));
            break;
        default:
            break;
        }
    }
    for (const auto& [start, used] : selectors) {
        const UMessagePatternArgType type = parts.getPart(start).getArgType();
        if (type != UMSGPAT_ARG_TYPE_PLURAL && type != UMSGPAT_ARG_TYPE_SELECTORDINAL)
            continue;
        for (const std::string& category : plurals.forLocale(locale, type == UMSGPAT_ARG_TYPE_SELECTORDINAL)) {
            if (!used.contains(category))
                analysis.problems.push_back({core::Severity::Warning, "plural-category-missing",
                                             "this plural has no \"" + category + "\" form, which " +
                                                 locale.getName() + " needs",
                                             columnsAfterQuote(pattern, parts.getPart(start).getIndex())});
        }
    }
    analysis.valid = valid;
    return analysis;
}

} // namespace helder::i18n
