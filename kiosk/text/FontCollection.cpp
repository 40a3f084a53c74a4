#include "text/FontCollection.hpp"

#include "text/CodePoints.hpp"

#include <array>
#include <string_view>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/uloc.h>

namespace helder::text {

namespace {

constexpr std::string_view iconFamily = "Material Icons";

struct ScriptFonts {
    UScriptCode script;
    const char* language; // a language written in the script, for fontconfig's lang ranking
    std::array<const char*, 3> families;
};

// Noto first: it covers the kiosk's languages in one consistent design and embeds in PDFs.
// Noto Sans after a script's own face gives punctuation and digits the Latin design.
constexpr std::array scriptFonts{
    ScriptFonts{USCRIPT_LATIN, "en", {"Noto Sans", "DejaVu Sans", nullptr}},
    ScriptFonts{USCRIPT_CYRILLIC, "ru", {"Noto Sans", "DejaVu Sans", nullptr}},
    ScriptFonts{USCRIPT_GREEK, "el", {"Noto Sans", "DejaVu Sans", nullptr}},
    ScriptFonts{USCRIPT_ARABIC, "ar", {"Noto Sans Arabic", "Noto Naskh Arabic", "Amiri"}},
    ScriptFonts{USCRIPT_HEBREW, "he", {"Noto Sans Hebrew", "Noto Sans", "DejaVu Sans"}},
    ScriptFonts{USCRIPT_ETHIOPIC, "ti", {"Noto Sans Ethiopic", "Noto Sans", "Abyssinica SIL"}},
    ScriptFonts{USCRIPT_DEVANAGARI, "hi", {"Noto Sans Devanagari", "Noto Sans", nullptr}},
};

// Symbola has outlines for emoji, so a PDF can embed them.
constexpr std::array<const char*, 3> emojiFamilies{"Symbola", "DejaVu Sans", nullptr};

const ScriptFonts* fontsFor(UScriptCode script)
{
    for (const ScriptFonts& entry : scriptFonts) {
        if (entry.script == script) {
            return &entry;
        }
    }
    return nullptr;
}

const FcChar8* fcString(const char* text) { return reinterpret_cast<const FcChar8*>(text); }

bool usable(FcPattern* pattern)
{
    FcBool colour = FcFalse;
    if (FcPatternGetBool(pattern, FC_COLOR, 0, &colour) == FcResultMatch && colour == FcTrue) {
        return false;
    }
    FcChar8* family = nullptr;
    if (FcPatternGetString(pattern, FC_FAMILY, 0, &family) == FcResultMatch
        && std::string_view(reinterpret_cast<const char*>(family)) == iconFamily) {
        return false;
    }
    FcBool scalable = FcFalse;
    return FcPatternGetBool(pattern, FC_SCALABLE, 0, &scalable) == FcResultMatch && scalable == FcTrue;
}

} // namespace

std::expected<std::unique_ptr<FontCollection>, std::string> FontCollection::create()
{
    // The process-wide configuration: loading a private one would re-read every font cache
    // (several ms) for each engine.
    FcConfig* config = FcConfigReference(nullptr);
    if (config == nullptr) {
        return std::unexpected(std::string("fontconfig could not load its configuration"));
    }
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) {
        FcConfigDestroy(config);
        return std::unexpected(std::string("FreeType could not start"));
    }
    return std::unique_ptr<FontCollection>(new FontCollection(config, library));
}

FontCollection::FontCollection(FcConfig* config, FT_Library library)
    : m_config(config)
    , m_library(library)
{
}

FontCollection::~FontCollection()
{
    m_faces.clear();
    for (auto& [key, list] : m_lists) {
        FcFontSetDestroy(list.sorted);
    }
    FT_Done_FreeType(m_library);
    FcConfigDestroy(m_config);
}

UScriptCode FontCollection::scriptOf(const std::string& language)
{
    if (const auto found = m_languageScripts.find(language); found != m_languageScripts.end()) {
        return found->second;
    }
    UScriptCode script = USCRIPT_INVALID_CODE;
    UErrorCode status = U_ZERO_ERROR;
    std::array<char, ULOC_FULLNAME_CAPACITY> maximised{};
    uloc_addLikelySubtags(language.c_str(), maximised.data(), static_cast<int32_t>(maximised.size()),
                          &status);
    std::array<char, ULOC_SCRIPT_CAPACITY> scriptName{};
    if (U_SUCCESS(status)) {
        uloc_getScript(maximised.data(), scriptName.data(), static_cast<int32_t>(scriptName.size()),
                       &status);
    }
    if (U_SUCCESS(status) && scriptName[0] != '\0') {
        const int32_t code = u_getPropertyValueEnum(UCHAR_SCRIPT, scriptName.data());
        script = code == UCHAR_INVALID_CODE ? USCRIPT_INVALID_CODE : static_cast<UScriptCode>(code);
    }
    if (script == USCRIPT_INVALID_CODE) {
        script = USCRIPT_LATIN;
    }
    m_languageScripts.emplace(language, script);
    return script;
}

std::string FontCollection::languageFor(UScriptCode script, const std::string& language)
{
    if (!language.empty() && (scriptOf(language) == script || fontsFor(script) == nullptr)) {
        return language;
    }
    const ScriptFonts* fonts = fontsFor(script);
    return fonts != nullptr ? fonts->language : language;
}

const FontCollection::FallbackList&
FontCollection::fallbackList(UScriptCode script, const std::string& language, Weight weight, bool emoji)
{
    const std::string fcLanguage = emoji ? std::string() : languageFor(script, language);
    ListKey key{emoji ? -1 : static_cast<int>(script), fcLanguage, weight, emoji};
    if (const auto found = m_lists.find(key); found != m_lists.end()) {
        return found->second;
    }
    FcPattern* pattern = FcPatternCreate();
    const ScriptFonts* fonts = fontsFor(script);
    const std::array<const char*, 3>* families = emoji ? &emojiFamilies
                                                       : (fonts != nullptr ? &fonts->families : nullptr);
    if (families != nullptr) {
        for (const char* family : *families) {
            if (family != nullptr) {
                FcPatternAddString(pattern, FC_FAMILY, fcString(family));
            }
        }
    }
    FcPatternAddString(pattern, FC_FAMILY, fcString("sans-serif"));
    if (!fcLanguage.empty()) {
        FcPatternAddString(pattern, FC_LANG, fcString(fcLanguage.c_str()));
    }
    FcPatternAddInteger(pattern, FC_WEIGHT, weight == Weight::Bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddBool(pattern, FC_SCALABLE, FcTrue);
    FcConfigSubstitute(m_config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultMatch;
    // Trimmed: each next font is kept only if it adds coverage, which is what fallback needs.
    FcFontSet* sorted = FcFontSort(m_config, pattern, FcTrue, nullptr, &result);
    FcPatternDestroy(pattern);

    FallbackList list;
    list.sorted = sorted;
    if (sorted != nullptr) {
        for (int i = 0; i < sorted->nfont; ++i) {
            FcPattern* font = sorted->fonts[i];
            FcChar8* file = nullptr;
            FcCharSet* charset = nullptr;
            int index = 0;
            if (!usable(font) || FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch
                || FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch) {
                continue;
            }
            FcPatternGetInteger(font, FC_INDEX, 0, &index);
            list.candidates.push_back(Candidate{reinterpret_cast<const char*>(file), index, charset});
        }
    }
    return m_lists.emplace(key, std::move(list)).first->second;
}

const FontFace* FontCollection::open(const Candidate& candidate)
{
    const std::pair<std::string, int> key{candidate.path, candidate.faceIndex};
    if (const auto found = m_faces.find(key); found != m_faces.end()) {
        return found->second.get();
    }
    if (m_unusable.contains(key)) {
        return nullptr;
    }
    auto face = FontFace::open(m_library, candidate.path, candidate.faceIndex);
    if (!face) {
        m_unusable.emplace(key, true);
        return nullptr;
    }
    return m_faces.emplace(key, std::move(*face)).first->second.get();
}

const FontFace* FontCollection::faceFor(const FallbackList& list, std::u32string_view cluster)
{
    const auto coversAll = [&cluster](const Candidate& candidate) {
        for (const char32_t codePoint : cluster) {
            if (needsGlyph(codePoint) && FcCharSetHasChar(candidate.charset, codePoint) == FcFalse) {
                return false;
            }
        }
        return true;
    };
    for (const Candidate& candidate : list.candidates) {
        if (coversAll(candidate)) {
            if (const FontFace* face = open(candidate)) {
                return face;
            }
        }
    }
    // No face has the whole cluster: the one with its base character shows most of it.
    for (const Candidate& candidate : list.candidates) {
        if (!cluster.empty() && FcCharSetHasChar(candidate.charset, cluster.front()) == FcTrue) {
            if (const FontFace* face = open(candidate)) {
                return face;
            }
        }
    }
    return nullptr;
}

const FontFace* FontCollection::primaryFace(const std::string& language, Weight weight)
{
    const UScriptCode script = scriptOf(language);
    for (const Candidate& candidate : fallbackList(script, language, weight, false).candidates) {
        if (const FontFace* face = open(candidate)) {
            return face;
        }
    }
    return nullptr;
}

bool FontCollection::covers(char32_t codePoint)
{
    for (const Candidate& candidate : fallbackList(USCRIPT_COMMON, "", Weight::Regular, false).candidates) {
        if (FcCharSetHasChar(candidate.charset, codePoint) == FcTrue) {
            return true;
        }
    }
    return false;
}

std::expected<const FontFace*, std::string> FontCollection::iconFace()
{
    if (m_iconFace != nullptr) {
        return m_iconFace;
    }
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, fcString(iconFamily.data()));
    FcObjectSet* objects = FcObjectSetBuild(FC_FILE, FC_INDEX, FC_FAMILY, nullptr);
    FcFontSet* fonts = FcFontList(m_config, pattern, objects);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    std::expected<const FontFace*, std::string> result =
        std::unexpected("the Material Icons font is not installed (fonts-material-design-icons-iconfont)");
    for (int i = 0; fonts != nullptr && i < fonts->nfont; ++i) {
        FcChar8* file = nullptr;
        int index = 0;
        if (FcPatternGetString(fonts->fonts[i], FC_FILE, 0, &file) != FcResultMatch) {
            continue;
        }
        // HarfBuzz reads only the TTF: the WOFF copies are skipped before FreeType opens them (it
        // would decompress the WOFF2, 15-20 ms of the kiosk's first frame, to no use).
        const std::string_view path(reinterpret_cast<const char*>(file));
        if (path.ends_with(".woff") || path.ends_with(".woff2")) {
            continue;
        }
        FcPatternGetInteger(fonts->fonts[i], FC_INDEX, 0, &index);
        auto face = openFile(std::string(path), index);
        if (face) {
            m_iconFace = *face;
            result = face;
            break;
        }
    }
    if (fonts != nullptr) {
        FcFontSetDestroy(fonts);
    }
    return result;
}

std::expected<const FontFace*, std::string> FontCollection::openFile(const std::string& path, int faceIndex)
{
    const std::pair<std::string, int> key{path, faceIndex};
    if (const auto found = m_faces.find(key); found != m_faces.end()) {
        return found->second.get();
    }
    auto face = FontFace::open(m_library, path, faceIndex);
    if (!face) {
        return std::unexpected(face.error());
    }
    return m_faces.emplace(key, std::move(*face)).first->second.get();
}

} // namespace helder::text
