#include "ui/KeyLabel.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <ios>
#include <locale>
#include <sstream>
#include <utility>

namespace helder::ui {
namespace {

constexpr std::string_view dottedCircle = "\u25CC";

std::string shortName(UChar32 c)
{
    constexpr std::array<std::pair<UChar32, const char*>, 5> names{{
        {0x200C, "ZWNJ"}, {0x200D, "ZWJ"}, {0x200E, "LRM"}, {0x200F, "RLM"}, {0x00AD, "SHY"}}};
    for (const auto& [code, name] : names) {
        if (code == c) {
            return name;
        }
    }
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << "U+" << std::hex << std::uppercase << c;
    return out.str();
}

} // namespace

std::string keyLabel(std::string_view typed)
{
    if (typed.empty()) {
        return {};
    }
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(typed.data());
    const auto length = static_cast<std::int32_t>(typed.size());
    std::int32_t offset = 0;
    UChar32 first = 0;
    U8_NEXT(bytes, offset, length, first);
    if (first < 0) {
        return std::string(typed);
    }
    switch (u_charType(first)) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK: return std::string(dottedCircle) + std::string(typed);
    case U_FORMAT_CHAR:
    case U_CONTROL_CHAR: return shortName(first);
    case U_SPACE_SEPARATOR: return "\u2423"; // ␣: a space other than the space bar's
    default: return std::string(typed);
    }
}

} // namespace helder::ui
