#pragma once
// What a key shows for the text it types. Some characters have no visible shape of their own:
// a combining mark (Arabic harakat) is drawn on a dotted circle, an invisible joiner (the Dari
// keyboard's ZWJ and ZWNJ) gets its short name, so that no key looks empty.

#include <string>
#include <string_view>

namespace helder::ui {

[[nodiscard]] std::string keyLabel(std::string_view typed);

} // namespace helder::ui
