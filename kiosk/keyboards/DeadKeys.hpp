#pragma once
// Dead keys on the on-screen keyboard. A dead key types nothing itself and accents the next
// letter; on a touch screen that hidden state confuses more than it helps. So the builder drops
// dead keys from the grid and, for those on a key's plain or Shift level (the Belgian ^ ¨ key,
// the German ´ ` key), offers every letter's accented forms on a long press instead ("e" → ê ë),
// limited to Latin-1 and Latin Extended-A. Dead keys on the AltGr levels are dropped without
// replacement: offering their accents on every letter would bury the few letters a language needs.

#include <optional>
#include <string_view>

namespace helder::keyboards {

// The combining mark a dead keysym ("dead_circumflex") puts on the next letter; std::nullopt for
// other keysyms and for dead keys without a composing mark (dead_stroke, dead_greek...).
[[nodiscard]] std::optional<char32_t> deadKeyMark(std::string_view keysym);

} // namespace helder::keyboards
