#pragma once
// HarfBuzz shaping of one run (one face, one script, one direction), through the cache.

#include "text/ShapeCache.hpp"

#include <memory>
#include <string>
#include <string_view>

#include <hb.h>

namespace helder::text {

class Shaper {
public:
    explicit Shaper(std::size_t cacheBytes);
    ~Shaper();
    Shaper(const Shaper&) = delete;
    Shaper& operator=(const Shaper&) = delete;

    std::shared_ptr<const ShapedRun> shape(const FontFace& face, std::u16string_view text, int script,
                                           bool rightToLeft, const std::string& language);

    [[nodiscard]] const ShapeCache& cache() const { return m_cache; }

private:
    ShapeCache m_cache;
    hb_buffer_t* m_buffer; // reused: allocating one per run costs more than shaping short runs
};

} // namespace helder::text
