#pragma once
// Unicode properties the engine decides on.

namespace helder::text {

// False for characters drawn as nothing (controls, joiners, variation selectors, bidi
// controls): no font needs to cover them.
bool needsGlyph(char32_t codePoint);

// True for characters shown as emoji by default (U+1F600), not text-style symbols (©, ☺).
bool isEmojiPresentation(char32_t codePoint);

} // namespace helder::text
