#include "core/Digits.hpp"

namespace helder::core {

// U+0660–0669 are D9 A0–A9 in UTF-8, U+066B is D9 AB and U+06F0–06F9 are DB B0–B9: matching the two
// bytes is enough, and leaves any other text, even malformed, as it was.
std::string normaliseDigits(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const auto next = i + 1 < utf8.size() ? static_cast<unsigned char>(utf8[i + 1]) : 0u;
        if (lead == 0xD9 && next >= 0xA0 && next <= 0xA9) {
            out += static_cast<char>('0' + (next - 0xA0));
            ++i;
        } else if (lead == 0xDB && next >= 0xB0 && next <= 0xB9) {
            out += static_cast<char>('0' + (next - 0xB0));
            ++i;
        } else if (lead == 0xD9 && next == 0xAB) {
            out += '.';
            ++i;
        } else {
            out += utf8[i];
        }
    }
    return out;
}

} // namespace helder::core
