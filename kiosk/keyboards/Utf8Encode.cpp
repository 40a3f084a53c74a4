#include "keyboards/Utf8Encode.hpp"

namespace helder::keyboards {

std::string utf8(char32_t codePoint)
{
    const auto value = static_cast<unsigned long>(codePoint);
    const auto byte = [](unsigned long bits) { return static_cast<char>(static_cast<unsigned char>(bits)); };
    std::string out;
    if (value < 0x80) {
        out += byte(value);
    } else if (value < 0x800) {
        out += byte(0xc0 | (value >> 6));
        out += byte(0x80 | (value & 0x3f));
    } else if (value < 0x10000) {
        out += byte(0xe0 | (value >> 12));
        out += byte(0x80 | ((value >> 6) & 0x3f));
        out += byte(0x80 | (value & 0x3f));
    } else {
        out += byte(0xf0 | (value >> 18));
        out += byte(0x80 | ((value >> 12) & 0x3f));
        out += byte(0x80 | ((value >> 6) & 0x3f));
        out += byte(0x80 | (value & 0x3f));
    }
    return out;
}

} // namespace helder::keyboards
