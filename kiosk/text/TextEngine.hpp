#pragma once
// Helder's one text engine (DESIGN §5): UTF-8 in, positioned glyph runs out, for the screens
// and for PDF appearance streams alike. It owns the fonts, the shaping cache and the ICU
// iterators, so it is used from one thread at a time; create one per process (or per thread).

#include "text/FontCollection.hpp"
#include "text/Layout.hpp"
#include "text/LayoutRequest.hpp"
#include "text/Shaper.hpp"

#include <cstddef>
#include <expected>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/ubidi.h>
#include <unicode/ubrk.h>

namespace helder::text {

struct EngineOptions {
    std::size_t shapeCacheBytes = 8U << 20U; // a question screen's runs take about 20 KB
};

class TextEngine {
public:
    static std::expected<std::unique_ptr<TextEngine>, std::string> create(EngineOptions options = {});

    ~TextEngine();
    TextEngine(const TextEngine&) = delete;
    TextEngine& operator=(const TextEngine&) = delete;

    Layout layout(const LayoutRequest& request);

    // The code points of `text` that no installed font covers.
    std::vector<MissingCodePoint> coverage(std::string_view text);

    // A Material Design pictogram by its ligature name ("home", "translate") or code point.
    std::expected<Layout, std::string> layoutIcon(std::string_view name, float fontSize);
    std::expected<Layout, std::string> layoutIcon(char32_t codePoint, float fontSize);

    [[nodiscard]] const ShapeCache& shapeCache() const { return m_shaper.cache(); }
    FontCollection& fonts() { return *m_fonts; }

private:
    TextEngine(std::unique_ptr<FontCollection> fonts, EngineOptions options);
    Layout layoutWith(const LayoutRequest& request, const FontFace* forcedFace);

    std::unique_ptr<FontCollection> m_fonts;
    Shaper m_shaper;
    UBreakIterator* m_graphemes = nullptr;
    UBreakIterator* m_lineBreaks = nullptr;
    UBiDi* m_paragraphBidi = nullptr;
    UBiDi* m_lineBidi = nullptr;
};

} // namespace helder::text
