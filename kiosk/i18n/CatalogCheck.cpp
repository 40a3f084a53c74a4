#include "i18n/CatalogCheck.hpp"

#include "core/Date.hpp"
#include "core/JsonSource.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/MessageAnalysis.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace helder::i18n {

namespace {

using nlohmann::json;
using core::JsonSource;
using Names = std::set<std::string>;

struct MessageInfo {
    bool valid = false;
    Names arguments;
};

struct CheckedFile {
    JsonSource source;
    std::string code;
    std::vector<std::string> keys; // in file order
    std::map<std::string, MessageInfo, std::less<>> messages;
};

class Checker {
public:
    explicit Checker(const LanguageList& languages) : m_languages(languages) {}

    std::optional<CheckedFile> checkFile(const LocaleFile& file)
    {
        auto parsed = JsonSource::parse(file.fileName, file.text);
        if (!parsed) {
            m_diagnostics.push_back(parsed.error());
            return std::nullopt;
        }
        CheckedFile checked{std::move(*parsed), {}, {}, {}};
        const JsonSource& source = checked.source;
        const json& root = source.root();
        if (!root.is_object()) {
            m_diagnostics.push_back(source.error("wrong-type", "", "a language file must be an object with "
                                                                   "\"language\", \"reviewed\" and \"messages\""));
            return std::nullopt;
        }
        for (const auto& [key, value] : root.items()) {
            if (key != "language" && key != "reviewed" && key != "messages")
                m_diagnostics.push_back(source.keyError("unknown-key", JsonSource::childPointer("", key),
                                                        "unknown key \"" + key +
                                                            "\" (expected language, reviewed, messages)"));
        }

        if (!root.contains("language") || !root.at("language").is_string() ||
            root.at("language").get<std::string>().empty()) {
            m_diagnostics.push_back(source.error("missing-key", root.contains("language") ? "/language" : "",
                                                 "\"language\" must name the language code, e.g. \"nl\""));
            return std::nullopt;
        }
        checked.code = root.at("language").get<std::string>();
        const std::string stem = std::filesystem::path(file.fileName).stem().string();
        if (stem != checked.code)
            m_diagnostics.push_back(source.error("language-mismatch", "/language",
                                                 "the file " + file.fileName + " says it is \"" + checked.code +
                                                     "\"; name it " + checked.code + ".json"));

        checkReviewed(source);

        if (!root.contains("messages") || !root.at("messages").is_object()) {
            m_diagnostics.push_back(source.error("missing-key", root.contains("messages") ? "/messages" : "",
                                                 "\"messages\" must be an object of key → text"));
            return checked;
        }
        const icu::Locale locale = localeOf(checked.code);
        for (const auto& [key, value] : root.at("messages").items()) {
            const std::string pointer = JsonSource::childPointer("/messages", key);
            checked.keys.push_back(key);
            if (!value.is_string() || value.get<std::string>().empty()) {
                m_diagnostics.push_back(source.error("wrong-type", pointer, "the text of \"" + key +
                                                                                "\" must be a non-empty string"));
                checked.messages.emplace(key, MessageInfo{});
                continue;
            }
            checked.messages.emplace(key, analyse(value.get<std::string>(), locale, source, pointer));
        }
        return checked;
    }

    void compare(const CheckedFile& reference, const CheckedFile& file)
    {
        const JsonSource& source = file.source;
        for (const std::string& key : reference.keys) {
            const auto found = file.messages.find(key);
            if (found == file.messages.end()) {
                m_diagnostics.push_back(source.error("missing-translation", JsonSource::childPointer("/messages", key),
                                                     "\"" + key + "\" is not translated into " + file.code));
                continue;
            }
            const MessageInfo& expected = reference.messages.at(key);
            if (!expected.valid || !found->second.valid || expected.arguments == found->second.arguments)
                continue;
            m_diagnostics.push_back(source.error("argument-mismatch", JsonSource::childPointer("/messages", key),
                                                 "\"" + key + "\" uses the arguments " +
                                                     list(found->second.arguments) + " but English uses " +
                                                     list(expected.arguments)));
        }
        for (const std::string& key : file.keys) {
            if (!reference.messages.contains(key))
                m_diagnostics.push_back(source.keyError("extra-translation", JsonSource::childPointer("/messages", key),
                                                        "\"" + key + "\" is not in the English file (misspelt, or "
                                                                     "no longer used?)"));
        }
    }

    core::Diagnostics& diagnostics() { return m_diagnostics; }

private:
    icu::Locale localeOf(const std::string& code) const
    {
        const Language* listed = m_languages.find(code);
        return icu::Locale((listed ? listed->icuLocale : code).c_str());
    }

    void checkReviewed(const JsonSource& source)
    {
        const json& root = source.root();
        if (!root.contains("reviewed") || !root.at("reviewed").is_object()) {
            m_diagnostics.push_back(source.error("missing-key", root.contains("reviewed") ? "/reviewed" : "",
                                                 "\"reviewed\" must be {\"by\": name or null, \"on\": "
                                                 "\"YYYY-MM-DD\" or null}"));
            return;
        }
        const json& reviewed = root.at("reviewed");
        for (const auto& [key, value] : reviewed.items()) {
            if (key != "by" && key != "on")
                m_diagnostics.push_back(source.keyError("unknown-key", JsonSource::childPointer("/reviewed", key),
                                                        "unknown key \"" + key + "\" (expected by, on)"));
        }
        const json by = reviewed.value("by", json());
        const json on = reviewed.value("on", json());
        const bool hasBy = by.is_string() && !by.get<std::string>().empty();
        const bool hasOn = on.is_string() && core::Date::parseIso(on.get<std::string>()).has_value();
        if (!by.is_null() && !hasBy)
            m_diagnostics.push_back(source.error("wrong-type", "/reviewed/by",
                                                 "\"by\" must be the reviewer's name, or null"));
        if (!on.is_null() && !hasOn)
            m_diagnostics.push_back(source.error("wrong-type", "/reviewed/on",
                                                 "\"on\" must be a date \"YYYY-MM-DD\", or null"));
        if (hasBy != hasOn && (by.is_null() || hasBy) && (on.is_null() || hasOn))
            m_diagnostics.push_back(source.error("incomplete-review", "/reviewed",
                                                 "give both who reviewed the file and when, or neither"));
        if (by.is_null() && on.is_null())
            m_diagnostics.push_back(source.warning("not-reviewed", "/reviewed",
                                                   "no native speaker has reviewed this file yet"));
    }

    MessageInfo analyse(const std::string& text, const icu::Locale& locale, const JsonSource& source,
                        const std::string& pointer)
    {
        MessageAnalysis analysis = analyseMessage(text, locale, m_plurals);
        for (MessageProblem& problem : analysis.problems) {
            core::Diagnostic diagnostic = problem.severity == core::Severity::Error
                                              ? source.error(std::move(problem.code), pointer, std::move(problem.message))
                                              : source.warning(std::move(problem.code), pointer, std::move(problem.message));
            if (problem.columnsAfterQuote && diagnostic.position.column > 0)
                diagnostic.position.column += *problem.columnsAfterQuote;
            m_diagnostics.push_back(std::move(diagnostic));
        }
        return MessageInfo{analysis.valid, std::move(analysis.arguments)};
    }

    static std::string list(const Names& names)
    {
        if (names.empty())
            return "none";
        std::string out;
        for (const std::string& name : names)
            out += (out.empty() ? "{" : ", {") + name + "}";
        return out;
    }

    const LanguageList& m_languages;
    PluralCategories m_plurals;
    core::Diagnostics m_diagnostics;
};

} // namespace

core::Diagnostics checkCatalog(std::span<const LocaleFile> files, const LanguageList& languages)
{
    Checker checker(languages);
    std::vector<CheckedFile> checked;
    for (const LocaleFile& file : files) {
        if (auto result = checker.checkFile(file))
            checked.push_back(std::move(*result));
    }

    const CheckedFile* reference = nullptr;
    for (const CheckedFile& file : checked) {
        if (file.code == Catalog::referenceLanguage) {
            reference = &file;
            break;
        }
    }
    if (!reference) {
        checker.diagnostics().push_back(core::Diagnostic{
            core::Severity::Error, "missing-reference", "", "", {},
            "there is no English language file (en.json): it is the reference every other file is "
            "compared with, and the fallback for a missing text"});
        return std::move(checker.diagnostics());
    }
    for (const CheckedFile& file : checked) {
        if (&file != reference)
            checker.compare(*reference, file);
    }
    return std::move(checker.diagnostics());
}

} // namespace helder::i18n
