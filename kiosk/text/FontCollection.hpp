#pragma once
// The installed fonts, found through fontconfig and opened once each. Faces are chosen per
// cluster: a preferred family list per script (Noto first), the language tag, the weight, then
// whatever fontconfig ranks next that covers the cluster. Colour bitmap fonts are never used
// (a PDF cannot embed them) and the icon font is only used when asked for by name.

#include "text/FontFace.hpp"
#include "text/LayoutRequest.hpp"

#include <expected>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <fontconfig/fontconfig.h>
#include <unicode/uscript.h>

namespace helder::text {

class FontCollection {
public:
    static std::expected<std::unique_ptr<FontCollection>, std::string> create();

    ~FontCollection();
    FontCollection(const FontCollection&) = delete;
    FontCollection& operator=(const FontCollection&) = delete;

    struct Candidate {
        std::string path;
        int faceIndex = 0;
        FcCharSet* charset = nullptr; // owned by the sorted set
    };
    // Installed faces in order of preference for a script in a language, each adding coverage.
    struct FallbackList {
        FcFontSet* sorted = nullptr;
        std::vector<Candidate> candidates;
    };

    const FallbackList& fallbackList(UScriptCode script, const std::string& language, Weight weight,
                                     bool emoji);

    // The best face of the list for one grapheme cluster (its code points in logical order);
    // nullptr when no installed face has its first code point.
    const FontFace* faceFor(const FallbackList& list, std::u32string_view cluster);

    // The script a language is usually written in (ICU likely subtags); Latin when unknown.
    UScriptCode scriptOf(const std::string& language);

    // The face for the language's own script: metrics of empty lines, the .notdef glyph.
    const FontFace* primaryFace(const std::string& language, Weight weight);

    // Whether any usable installed face has this code point.
    bool covers(char32_t codePoint);

    // The Material Design icon font (pictograms by ligature name or code point).
    std::expected<const FontFace*, std::string> iconFace();

    // A face from an explicit file, opened once.
    std::expected<const FontFace*, std::string> openFile(const std::string& path, int faceIndex);

private:
    using ListKey = std::tuple<int, std::string, Weight, bool>;

    FontCollection(FcConfig* config, FT_Library library);
    const FontFace* open(const Candidate& candidate);
    std::string languageFor(UScriptCode script, const std::string& language);

    FcConfig* m_config;
    FT_Library m_library;
    std::map<ListKey, FallbackList> m_lists;
    std::map<std::pair<std::string, int>, std::unique_ptr<FontFace>> m_faces;
    std::map<std::pair<std::string, int>, bool> m_unusable;
    std::map<std::string, UScriptCode> m_languageScripts;
    const FontFace* m_iconFace = nullptr;
};

} // namespace helder::text
