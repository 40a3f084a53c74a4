#pragma once
// One font file opened once: a FreeType face (metrics, rasterising) and a HarfBuzz font
// (shaping) over the same file. HarfBuzz shapes at the font's design units, unhinted, so one
// shaping result serves every size.

#include <cstdint>
#include <expected>
#include <memory>
#include <string>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

namespace helder::text {

class FontFace {
public:
    static std::expected<std::unique_ptr<FontFace>, std::string>
    open(FT_Library library, const std::string& path, int faceIndex);

    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] int faceIndex() const { return m_faceIndex; }
    [[nodiscard]] std::string familyName() const;
    [[nodiscard]] FT_Face ftFace() const { return m_ftFace; }
    [[nodiscard]] hb_font_t* hbFont() const { return m_hbFont; }

    [[nodiscard]] bool hasGlyph(char32_t codePoint) const;
    [[nodiscard]] float unitsPerEm() const { return m_unitsPerEm; }
    // In px at `size`; descent is positive below the baseline.
    [[nodiscard]] float ascent(float size) const;
    [[nodiscard]] float descent(float size) const;
    [[nodiscard]] float lineHeight(float size) const;

private:
    FontFace(std::string path, int faceIndex, FT_Face ftFace, hb_font_t* hbFont);

    std::string m_path;
    int m_faceIndex;
    FT_Face m_ftFace;
    hb_font_t* m_hbFont;
    float m_unitsPerEm;
};

} // namespace helder::text
