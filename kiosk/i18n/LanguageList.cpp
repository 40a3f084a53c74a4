#include "i18n/LanguageList.hpp"

#include "core/JsonSource.hpp"
#include "i18n/IcuText.hpp"

#include <unicode/locid.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <set>

namespace helder::i18n {

namespace {

using nlohmann::json;

constexpr std::array languageKeys{"code", "endonym", "direction", "icu_locale", "voice", "keyboard"};

bool isLanguageCode(const std::string& code)
{
    // A BCP 47 primary language subtag, optionally with a region or script: "nl", "prs", "pt-BR".
    if (code.size() < 2 || code.size() > 12)
        return false;
    std::size_t letters = 0;
    while (letters < code.size() && code[letters] >= 'a' && code[letters] <= 'z')
        ++letters;
    if (letters < 2 || letters > 3)
        return false;
    return std::all_of(code.begin() + static_cast<std::ptrdiff_t>(letters), code.end(), [](char c) {
        return c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
}

class Reader {
public:
    explicit Reader(const core::JsonSource& source) : m_source(source) {}

    std::optional<Language> language(const json& value, const std::string& pointer)
    {
        if (!value.is_object()) {
            fail("wrong-type", pointer, "a language must be an object");
            return std::nullopt;
        }
        const std::size_t before = m_diagnostics.size();
        for (const auto& [key, item] : value.items()) {
            if (std::find(languageKeys.begin(), languageKeys.end(), key) == languageKeys.end())
                m_diagnostics.push_back(m_source.keyError(
                    "unknown-key", core::JsonSource::childPointer(pointer, key),
                    "unknown key \"" + key + "\" (expected code, endonym, direction, icu_locale, "
                                             "voice, keyboard)"));
        }
        Language language;
        language.code = requiredString(value, pointer, "code");
        language.endonym = requiredString(value, pointer, "endonym");
        language.keyboard = requiredString(value, pointer, "keyboard");
        language.icuLocale = requiredString(value, pointer, "icu_locale");
        const std::string direction = requiredString(value, pointer, "direction");

        if (!language.code.empty() && !isLanguageCode(language.code))
            fail("invalid-language-code", core::JsonSource::childPointer(pointer, "code"),
                 "\"" + language.code + "\" is not a BCP 47 language code such as \"nl\" or \"prs\"");
        if (direction == "rtl")
            language.direction = Direction::Rtl;
        else if (!direction.empty() && direction != "ltr")
            fail("invalid-direction", core::JsonSource::childPointer(pointer, "direction"),
                 "direction must be \"ltr\" or \"rtl\", not \"" + direction + "\"");
        if (!language.icuLocale.empty() && !icuHasLocaleData(icu::Locale(language.icuLocale.c_str())))
            fail("unknown-icu-locale", core::JsonSource::childPointer(pointer, "icu_locale"),
                 "ICU has no data for locale \"" + language.icuLocale +
                     "\"; dates and numbers would come out in English (use a close relative, "
                     "e.g. fa_AF@calendar=gregorian for Dari)");

        const std::string voicePointer = core::JsonSource::childPointer(pointer, "voice");
        if (!value.contains("voice"))
            fail("missing-key", voicePointer, "missing \"voice\" (an espeak-ng voice name, or null)");
        else if (const json& voice = value.at("voice"); voice.is_string() && !voice.get<std::string>().empty())
            language.voice = voice.get<std::string>();
        else if (!voice.is_null())
            fail("wrong-type", voicePointer, "\"voice\" must be a voice name or null");

        if (m_diagnostics.size() != before)
            return std::nullopt;
        return language;
    }

    void fail(std::string code, std::string pointer, std::string message)
    {
        m_diagnostics.push_back(m_source.error(std::move(code), std::move(pointer), std::move(message)));
    }

    core::Diagnostics& diagnostics() { return m_diagnostics; }

private:
    std::string requiredString(const json& object, const std::string& pointer, const char* key)
    {
        const std::string child = core::JsonSource::childPointer(pointer, key);
        if (!object.contains(key)) {
            fail("missing-key", pointer, std::string("missing \"") + key + "\"");
            return {};
        }
        const json& value = object.at(key);
        if (!value.is_string() || value.get<std::string>().empty()) {
            fail("wrong-type", child, std::string("\"") + key + "\" must be a non-empty string");
            return {};
        }
        return value.get<std::string>();
    }

    const core::JsonSource& m_source;
    core::Diagnostics m_diagnostics;
};

} // namespace

std::expected<LanguageList, core::Diagnostics> LanguageList::parse(std::string fileName, std::string_view text)
{
    auto source = core::JsonSource::parse(std::move(fileName), text);
    if (!source)
        return std::unexpected(core::Diagnostics{source.error()});

    Reader reader(*source);
    const json& root = source->root();
    if (!root.is_object()) {
        reader.fail("wrong-type", "", "languages.json must be an object with a \"languages\" array");
        return std::unexpected(std::move(reader.diagnostics()));
    }
    for (const auto& [key, item] : root.items()) {
        if (key != "languages")
            reader.diagnostics().push_back(source->keyError(
                "unknown-key", core::JsonSource::childPointer("", key),
                "unknown key \"" + key + "\" (expected \"languages\")"));
    }
    if (!root.contains("languages") || !root.at("languages").is_array() || root.at("languages").empty()) {
        reader.fail("missing-key", root.contains("languages") ? "/languages" : "",
                    "\"languages\" must be a non-empty array of languages");
        return std::unexpected(std::move(reader.diagnostics()));
    }

    std::vector<Language> languages;
    std::set<std::string, std::less<>> codes;
    const json& items = root.at("languages");
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string pointer = core::JsonSource::childPointer("/languages", i);
        auto language = reader.language(items.at(i), pointer);
        if (!language)
            continue;
        if (!codes.insert(language->code).second) {
            reader.fail("duplicate-language", core::JsonSource::childPointer(pointer, "code"),
                        "language \"" + language->code + "\" is listed twice");
            continue;
        }
        languages.push_back(std::move(*language));
    }
    if (!reader.diagnostics().empty())
        return std::unexpected(std::move(reader.diagnostics()));
    return LanguageList(std::move(languages));
}

const Language* LanguageList::find(std::string_view code) const
{
    const auto found = std::find_if(m_languages.begin(), m_languages.end(),
                                    [code](const Language& language) { return language.code == code; });
    return found == m_languages.end() ? nullptr : &*found;
}

LanguageList LanguageList::only(std::span<const std::string> codes) const
{
    std::vector<Language> chosen;
    for (const std::string& code : codes) {
        const Language* language = find(code);
        const bool repeated = std::any_of(chosen.begin(), chosen.end(),
                                          [&code](const Language& taken) { return taken.code == code; });
        if (language && !repeated) {
            chosen.push_back(*language);
        }
    }
    return LanguageList(std::move(chosen));
}

} // namespace helder::i18n
