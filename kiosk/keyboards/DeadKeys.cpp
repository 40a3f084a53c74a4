#include "keyboards/DeadKeys.hpp"

#include <array>
#include <utility>

namespace helder::keyboards {

std::optional<char32_t> deadKeyMark(std::string_view keysym)
{
    static constexpr std::array<std::pair<std::string_view, char32_t>, 17> marks{{
        {"dead_grave", U'\u0300'},
        {"dead_acute", U'\u0301'},
        {"dead_circumflex", U'\u0302'},
        {"dead_tilde", U'\u0303'},
        {"dead_macron", U'\u0304'},
        {"dead_breve", U'\u0306'},
        {"dead_abovedot", U'\u0307'},
        {"dead_diaeresis", U'\u0308'},
        {"dead_hook", U'\u0309'},
        {"dead_abovering", U'\u030A'},
        {"dead_doubleacute", U'\u030B'},
        {"dead_caron", U'\u030C'},
        {"dead_horn", U'\u031B'},
        {"dead_belowdot", U'\u0323'},
        {"dead_cedilla", U'\u0327'},
        {"dead_ogonek", U'\u0328'},
        {"dead_iota", U'\u0345'},
    }};
    for (const auto& [name, mark] : marks)
        if (name == keysym)
            return mark;
    return std::nullopt;
}

} // namespace helder::keyboards
