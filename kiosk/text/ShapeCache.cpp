#include "text/ShapeCache.hpp"

#include <functional>
#include <string_view>
#include <utility>

namespace helder::text {

std::size_t ShapeKeyHash::operator()(const ShapeKey& key) const
{
    std::size_t hash = std::hash<std::u16string_view>{}(key.text);
    const auto mix = [&hash](std::size_t value) { hash ^= value + 0x9e3779b97f4a7c15ULL + (hash << 6U) + (hash >> 2U); };
    mix(std::hash<const void*>{}(key.face));
    mix(std::hash<int>{}(key.script));
    mix(key.rightToLeft ? 1U : 0U);
    mix(std::hash<std::string>{}(key.language));
    return hash;
}

ShapeCache::ShapeCache(std::size_t capacityBytes)
    : m_capacity(capacityBytes)
{
}

std::size_t ShapeCache::cost(const ShapeKey& key, const ShapedRun& run)
{
    constexpr std::size_t bookkeeping = 128; // list node, index node, shared state
    return bookkeeping + key.text.size() * sizeof(char16_t) + key.language.size()
        + run.glyphs.size() * sizeof(ShapedGlyph);
}

std::shared_ptr<const ShapedRun> ShapeCache::find(const ShapeKey& key)
{
    const auto found = m_index.find(key);
    if (found == m_index.end()) {
        ++m_misses;
        return nullptr;
    }
    ++m_hits;
    m_entries.splice(m_entries.begin(), m_entries, found->second);
    return found->second->second;
}

void ShapeCache::insert(ShapeKey key, std::shared_ptr<const ShapedRun> run)
{
    if (const auto found = m_index.find(key); found != m_index.end()) {
        m_bytes -= cost(found->second->first, *found->second->second);
        m_bytes += cost(key, *run);
        found->second->second = std::move(run);
        m_entries.splice(m_entries.begin(), m_entries, found->second);
    } else {
        m_bytes += cost(key, *run);
        m_entries.emplace_front(std::move(key), std::move(run));
        m_index.emplace(m_entries.front().first, m_entries.begin());
    }
    evict();
}

void ShapeCache::evict()
{
    // The newest entry stays even when it alone is over the bound: it is about to be used.
    while (m_bytes > m_capacity && m_entries.size() > 1) {
        const Entry& oldest = m_entries.back();
        m_bytes -= cost(oldest.first, *oldest.second);
        m_index.erase(oldest.first);
        m_entries.pop_back();
    }
}

} // namespace helder::text
