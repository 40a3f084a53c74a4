#pragma once
// What to lay out: text plus everything that changes its shape or its position.

#include <optional>
#include <string>

namespace helder::text {

enum class BaseDirection { Auto, LeftToRight, RightToLeft };

enum class Weight { Regular, Bold };

// Start and End follow the paragraph direction (Start is the right edge of a right-to-left line).
enum class Alignment { Start, End, Left, Right, Center };

struct LayoutRequest {
    std::string text;                 // UTF-8; invalid bytes are shown as U+FFFD
    BaseDirection direction = BaseDirection::Auto; // Auto: the first strong character decides
    std::string language;             // BCP 47: "nl", "ar", "prs", "ti", "tr", ...
    float fontSize = 16.0F;           // px (em size)
    Weight weight = Weight::Regular;
    std::optional<float> maxWidth;    // px; lines wrap at ICU line breaks when set
    Alignment alignment = Alignment::Start;
    float lineSpacing = 1.0F;         // multiplier of the fonts' own line height
};

} // namespace helder::text
