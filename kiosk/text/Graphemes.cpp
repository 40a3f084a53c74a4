#include "text/Graphemes.hpp"

#include <algorithm>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

namespace helder::text {

std::vector<std::size_t> graphemeBoundaries(std::string_view text)
{
    std::vector<std::size_t> boundaries{0};
    if (text.empty()) {
        return boundaries;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    UBreakIterator* iterator = ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status);
    if (U_SUCCESS(status)) {
        ubrk_setUText(iterator, utext, &status);
    }
    if (U_SUCCESS(status)) {
        for (int32_t at = ubrk_next(iterator); at != UBRK_DONE; at = ubrk_next(iterator)) {
            boundaries.push_back(static_cast<std::size_t>(at));
        }
    }
    ubrk_close(iterator);
    utext_close(utext);
    if (boundaries.back() != text.size()) { // ICU failed: one cluster rather than a cut character
        boundaries.push_back(text.size());
    }
    return boundaries;
}

std::size_t nextGrapheme(std::string_view text, std::size_t offset)
{
    const std::vector<std::size_t> boundaries = graphemeBoundaries(text);
    const auto found = std::upper_bound(boundaries.begin(), boundaries.end(), offset);
    return found == boundaries.end() ? text.size() : *found;
}

std::size_t previousGrapheme(std::string_view text, std::size_t offset)
{
    const std::vector<std::size_t> boundaries = graphemeBoundaries(text);
    const auto found = std::lower_bound(boundaries.begin(), boundaries.end(), offset);
    return found == boundaries.begin() ? 0 : *(found - 1);
}

} // namespace helder::text
