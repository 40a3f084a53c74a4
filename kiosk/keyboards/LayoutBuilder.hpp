#pragma once
// Turns a resolved xkb key map into the rows of an on-screen keyboard.
//
// Rows: TLDE and AE01-AE12 (digits), AD01-AD12, AC01-AC11 then BKSL (where ISO keyboards have
// it, beside Enter), LSGT then AB01-AB10. A key is shown when its plain or Shift level types a
// character; a key whose plain level types nothing shows its Shift character as its base.
// Levels 3 and 4 (AltGr, AltGr+Shift) become the long-press choices of the plain and shifted key
// (unless they are invisible format controls), followed by the layout's extra table and the
// accented letters of its dead keys (DeadKeys.hpp).

#include "keyboards/KeysymTable.hpp"
#include "keyboards/Layout.hpp"
#include "keyboards/XkbSymbols.hpp"

#include <map>
#include <string>
#include <vector>

namespace helder::keyboards {

// Character → extra long-press choices, for letters a layout has on no level ("ź" on Polish "z").
using LongPressTable = std::map<std::string, std::vector<std::string>>;

[[nodiscard]] Layout buildLayout(const XkbKeyMap& keys, const KeysymTable& keysyms, const LongPressTable& extras,
                                 std::string source);

} // namespace helder::keyboards
