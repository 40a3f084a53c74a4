#pragma once
// Grapheme cluster boundaries (what a reader sees as one character: a letter with its marks,
// an emoji with its modifiers and joiners), in byte offsets of UTF-8 text.

#include <cstddef>
#include <string_view>
#include <vector>

namespace helder::text {

// Every boundary from 0 to text.size(), both included.
std::vector<std::size_t> graphemeBoundaries(std::string_view text);

// The boundary after / before `offset` (clamped to the text).
std::size_t nextGrapheme(std::string_view text, std::size_t offset);
std::size_t previousGrapheme(std::string_view text, std::size_t offset);

} // namespace helder::text
