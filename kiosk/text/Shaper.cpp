#include "text/Shaper.hpp"

#include "text/FontFace.hpp"

#include <utility>

#include <unicode/uscript.h>

namespace helder::text {

Shaper::Shaper(std::size_t cacheBytes)
    : m_cache(cacheBytes)
    , m_buffer(hb_buffer_create())
{
}

Shaper::~Shaper() { hb_buffer_destroy(m_buffer); }

std::shared_ptr<const ShapedRun> Shaper::shape(const FontFace& face, std::u16string_view text, int script,
                                               bool rightToLeft, const std::string& language)
{
    ShapeKey key{&face, script, rightToLeft, language, std::u16string(text)};
    if (auto cached = m_cache.find(key)) {
        return cached;
    }
    hb_buffer_clear_contents(m_buffer);
    hb_buffer_add_utf16(m_buffer, reinterpret_cast<const uint16_t*>(text.data()),
                        static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
    hb_buffer_set_direction(m_buffer, rightToLeft ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    const char* scriptTag = uscript_getShortName(static_cast<UScriptCode>(script));
    hb_buffer_set_script(m_buffer, scriptTag != nullptr ? hb_script_from_string(scriptTag, -1)
                                                        : HB_SCRIPT_COMMON);
    if (!language.empty()) {
        hb_buffer_set_language(m_buffer, hb_language_from_string(language.c_str(), -1));
    }
    hb_buffer_set_cluster_level(m_buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_GRAPHEMES);
    hb_shape(face.hbFont(), m_buffer, nullptr, 0);

    unsigned count = 0;
    const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(m_buffer, &count);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(m_buffer, &count);
    auto run = std::make_shared<ShapedRun>();
    run->glyphs.reserve(count);
    for (unsigned i = 0; i < count; ++i) {
        const auto flags = hb_glyph_info_get_glyph_flags(&infos[i]);
        run->glyphs.push_back(ShapedGlyph{infos[i].codepoint, infos[i].cluster, positions[i].x_advance,
                                          positions[i].x_offset, positions[i].y_offset,
                                          (flags & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) != 0});
    }
    m_cache.insert(std::move(key), run);
    return run;
}

} // namespace helder::text
