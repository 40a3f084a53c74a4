#include "i18n/Catalog.hpp"

#include "i18n/IcuText.hpp"

#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>
#include <unicode/parseerr.h>

#include <nlohmann/json.hpp>

#include <array>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace helder::i18n {

namespace {

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

template <typename T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

enum class Medium { Screen, Paper };

struct Message {
    std::string pattern;
    // Parsed on first use, one per medium; stays null when the pattern does not parse
    // (checkCatalog reports it).
    mutable std::array<std::unique_ptr<icu::MessageFormat>, 2> formats;
    mutable std::array<bool, 2> parsed{false, false};
};

struct LanguageMessages {
    icu::Locale screenLocale;
    icu::Locale paperLocale; // the same with Latin digits and the Gregorian calendar
    StringMap<Message> messages;
};

icu::Locale paperLocaleOf(const icu::Locale& screen)
{
    icu::Locale paper(screen);
    UErrorCode status = U_ZERO_ERROR;
    paper.setKeywordValue("numbers", "latn", status);
    paper.setKeywordValue("calendar", "gregorian", status);
    return U_SUCCESS(status) ? paper : screen;
}

icu::Formattable toFormattable(const MessageArg& arg)
{
    if (const auto* integer = std::get_if<std::int64_t>(&arg))
        return icu::Formattable(static_cast<int64_t>(*integer));
    if (const auto* real = std::get_if<double>(&arg))
        return icu::Formattable(*real);
    return icu::Formattable(toUnicode(std::get<std::string>(arg)));
}

} // namespace

struct Catalog::Impl {
    std::vector<std::string> order;
    StringMap<LanguageMessages> languages;
    // ICU's MessageFormat builds number formats lazily inside its const format(); serialise.
    mutable std::mutex mutex;

    std::optional<std::string> formatIn(std::string_view language, std::string_view key,
                                        const MessageArgs& args, Medium medium) const
    {
        const auto foundLanguage = languages.find(language);
        if (foundLanguage == languages.end())
            return std::nullopt;
        const LanguageMessages& table = foundLanguage->second;
        const auto foundMessage = table.messages.find(key);
        if (foundMessage == table.messages.end())
            return std::nullopt;

        const Message& message = foundMessage->second;
        std::vector<icu::UnicodeString> names;
        std::vector<icu::Formattable> values;
        names.reserve(args.size());
        values.reserve(args.size());
        for (const auto& [name, value] : args) {
            names.push_back(toUnicode(name));
            values.push_back(toFormattable(value));
        }

        const auto slot = static_cast<std::size_t>(medium);
        const std::lock_guard lock(mutex);
        if (!message.parsed[slot]) {
            message.parsed[slot] = true;
            UErrorCode status = U_ZERO_ERROR;
            UParseError parseError{};
            auto format = std::make_unique<icu::MessageFormat>(
                toUnicode(message.pattern), medium == Medium::Paper ? table.paperLocale : table.screenLocale,
                parseError, status);
            if (U_SUCCESS(status))
                message.formats[slot] = std::move(format);
        }
        if (!message.formats[slot])
            return std::nullopt;
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString out;
        message.formats[slot]->format(names.data(), values.data(), static_cast<int32_t>(names.size()), out, status);
        if (U_FAILURE(status))
            return std::nullopt;
        return toUtf8(out);
    }

    std::string format(std::string_view language, std::string_view key, const MessageArgs& args,
                       Medium medium) const
    {
        try {
            if (auto text = formatIn(language, key, args, medium))
                return std::move(*text);
            if (language != referenceLanguage) {
                if (auto text = formatIn(referenceLanguage, key, args, medium))
                    return std::move(*text);
            }
        } catch (const std::exception&) {
            // Out of memory inside ICU or the standard library: the key still tells staff what was meant.
        }
        return std::string(key);
    }
};

Catalog::Catalog() : m_impl(std::make_unique<Impl>()) {}

Catalog::Catalog(std::span<const LocaleFile> files, const LanguageList& languages)
    : m_impl(std::make_unique<Impl>())
{
    for (const LocaleFile& file : files) {
        // No positions needed here (checkCatalog reports problems), so the plain parser: it is an
        // order of magnitude faster at kiosk start, and iterative, so deep nesting cannot overflow.
        const nlohmann::json root = nlohmann::json::parse(file.text, nullptr, false);
        if (!root.is_object())
            continue;
        const auto language = root.find("language");
        const auto messages = root.find("messages");
        if (language == root.end() || !language->is_string() || messages == root.end() ||
            !messages->is_object())
            continue;
        const std::string code = language->get<std::string>();
        if (code.empty() || m_impl->languages.contains(code))
            continue;

        const Language* listed = languages.find(code);
        const icu::Locale screen((listed ? listed->icuLocale : code).c_str());
        LanguageMessages table{screen, paperLocaleOf(screen), {}};
        for (const auto& [key, text] : messages->items()) {
            if (text.is_string())
                table.messages.emplace(key, Message{text.get<std::string>(), {}, {false, false}});
        }
        m_impl->order.push_back(code);
        m_impl->languages.emplace(code, std::move(table));
    }
}

Catalog::~Catalog() = default;
Catalog::Catalog(Catalog&&) noexcept = default;
Catalog& Catalog::operator=(Catalog&&) noexcept = default;

std::string Catalog::format(std::string_view language, std::string_view key, const MessageArgs& args) const
{
    return m_impl ? m_impl->format(language, key, args, Medium::Screen) : std::string(key);
}

std::string Catalog::formatForPaper(std::string_view language, std::string_view key, const MessageArgs& args) const
{
    return m_impl ? m_impl->format(language, key, args, Medium::Paper) : std::string(key);
}

bool Catalog::hasLanguage(std::string_view language) const
{
    return m_impl && m_impl->languages.find(language) != m_impl->languages.end();
}

bool Catalog::has(std::string_view language, std::string_view key) const
{
    if (!m_impl)
        return false;
    const auto found = m_impl->languages.find(language);
    return found != m_impl->languages.end() && found->second.messages.find(key) != found->second.messages.end();
}

std::vector<std::string> Catalog::languages() const
{
    return m_impl ? m_impl->order : std::vector<std::string>{};
}

} // namespace helder::i18n
