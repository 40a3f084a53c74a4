#pragma once
// Text input on a laid-out text: the caret is a byte offset into Layout::text, always on a
// grapheme boundary, so an Arabic letter with its haraka or an emoji with its modifiers and
// joiners moves and is deleted as one. Positions follow the visual (bidi) order of each line.

#include "text/Layout.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace helder::text {

struct CaretPosition {
    std::size_t line = 0;
    float x = 0.0F;
    float top = 0.0F;
    float bottom = 0.0F;
};

struct Rect {
    float left = 0.0F;
    float top = 0.0F;
    float right = 0.0F;
    float bottom = 0.0F;
};

struct EditResult {
    std::string text;
    std::size_t caret = 0;
};

enum class CaretMove { Left, Right };

// Where the caret at `offset` is drawn: at the leading edge of the grapheme after it.
CaretPosition caretPosition(const Layout& layout, std::size_t offset);

// The caret offset nearest to a touch at (x, y).
std::size_t hitTest(const Layout& layout, float x, float y);

// One grapheme to the left or right on screen, whatever the direction of the text there.
std::size_t moveCaret(const Layout& layout, std::size_t offset, CaretMove move);

EditResult deleteBackward(std::string_view text, std::size_t caret);
EditResult deleteForward(std::string_view text, std::size_t caret);

// The highlight of the bytes [from, to): one rectangle per visually contiguous stretch.
std::vector<Rect> selectionRects(const Layout& layout, std::size_t from, std::size_t to);

} // namespace helder::text
