#include "text/FontFace.hpp"

#include <algorithm>
#include <utility>

namespace helder::text {

std::expected<std::unique_ptr<FontFace>, std::string>
FontFace::open(FT_Library library, const std::string& path, int faceIndex)
{
    FT_Face ftFace = nullptr;
    if (FT_New_Face(library, path.c_str(), faceIndex, &ftFace) != 0) {
        return std::unexpected("FreeType cannot open " + path);
    }
    if (!FT_IS_SCALABLE(ftFace)) {
        FT_Done_Face(ftFace);
        return std::unexpected("not an outline font: " + path);
    }
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (blob == nullptr) {
        FT_Done_Face(ftFace);
        return std::unexpected("HarfBuzz cannot read " + path);
    }
    hb_face_t* hbFace = hb_face_create(blob, static_cast<unsigned>(faceIndex));
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(hbFace) == 0) { // a format HarfBuzz cannot read (WOFF)
        hb_face_destroy(hbFace);
        FT_Done_Face(ftFace);
        return std::unexpected("HarfBuzz cannot read " + path);
    }
    hb_font_t* hbFont = hb_font_create(hbFace);
    hb_face_destroy(hbFace);
    return std::unique_ptr<FontFace>(new FontFace(path, faceIndex, ftFace, hbFont));
}

FontFace::FontFace(std::string path, int faceIndex, FT_Face ftFace, hb_font_t* hbFont)
    : m_path(std::move(path))
    , m_faceIndex(faceIndex)
    , m_ftFace(ftFace)
    , m_hbFont(hbFont)
    , m_unitsPerEm(static_cast<float>(std::max<FT_UShort>(ftFace->units_per_EM, 1)))
{
}

FontFace::~FontFace()
{
    hb_font_destroy(m_hbFont);
    FT_Done_Face(m_ftFace);
}

std::string FontFace::familyName() const
{
    return m_ftFace->family_name != nullptr ? m_ftFace->family_name : "";
}

bool FontFace::hasGlyph(char32_t codePoint) const
{
    return FT_Get_Char_Index(m_ftFace, codePoint) != 0;
}

float FontFace::ascent(float size) const
{
    return static_cast<float>(m_ftFace->ascender) * size / m_unitsPerEm;
}

float FontFace::descent(float size) const
{
    return static_cast<float>(-m_ftFace->descender) * size / m_unitsPerEm;
}

float FontFace::lineHeight(float size) const
{
    const float height = static_cast<float>(m_ftFace->height) * size / m_unitsPerEm;
    return std::max(height, ascent(size) + descent(size));
}

} // namespace helder::text
