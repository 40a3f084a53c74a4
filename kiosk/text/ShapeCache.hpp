#pragma once
// A bounded least-recently-used cache of shaped runs, so steady frames never reshape.
// Shaping happens at the font's design units, so the font size is not part of the key: a run
// shaped once serves every size (shrink-to-fit, zoomed text). The bound is in bytes, not
// entries: a long text typed key by key leaves one large run per keystroke.

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace helder::text {

class FontFace;

struct ShapedGlyph {
    std::uint32_t glyphId = 0;
    std::uint32_t cluster = 0; // UTF-16 index from the start of the shaped text
    std::int32_t advance = 0;  // font units
    std::int32_t xOffset = 0;
    std::int32_t yOffset = 0;
    bool unsafeToBreak = false; // cutting the text before this cluster changes the shaping
};

struct ShapedRun {
    std::vector<ShapedGlyph> glyphs; // visual order
};

struct ShapeKey {
    const FontFace* face = nullptr;
    int script = 0;
    bool rightToLeft = false;
    std::string language;
    std::u16string text;
    friend bool operator==(const ShapeKey&, const ShapeKey&) = default;
};

struct ShapeKeyHash {
    std::size_t operator()(const ShapeKey& key) const;
};

class ShapeCache {
public:
    explicit ShapeCache(std::size_t capacityBytes);

    // What an entry is charged against the capacity.
    static std::size_t cost(const ShapeKey& key, const ShapedRun& run);

    std::shared_ptr<const ShapedRun> find(const ShapeKey& key);
    void insert(ShapeKey key, std::shared_ptr<const ShapedRun> run);

    [[nodiscard]] std::size_t hits() const { return m_hits; }
    [[nodiscard]] std::size_t misses() const { return m_misses; }
    [[nodiscard]] std::size_t size() const { return m_entries.size(); }
    [[nodiscard]] std::size_t bytes() const { return m_bytes; }
    [[nodiscard]] std::size_t capacity() const { return m_capacity; }

private:
    using Entry = std::pair<ShapeKey, std::shared_ptr<const ShapedRun>>;
    void evict();

    std::size_t m_capacity;
    std::size_t m_bytes = 0;
    std::list<Entry> m_entries; // most recently used first
    std::unordered_map<ShapeKey, std::list<Entry>::iterator, ShapeKeyHash> m_index;
    std::size_t m_hits = 0;
    std::size_t m_misses = 0;
};

} // namespace helder::text
