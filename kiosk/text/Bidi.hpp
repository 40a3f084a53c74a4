#pragma once
// Helpers around the Unicode bidi algorithm for text assembled from pieces.

#include "text/LayoutRequest.hpp"

#include <string>
#include <string_view>

namespace helder::text {

// Wraps user-typed text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so that a name typed
// in one script keeps its own order inside a sentence in another ("Naam: محمد 123"). Bidi
// controls inside the typed text are dropped so that none can escape the isolate.
std::string isolate(std::string_view userText);

// LeftToRight or RightToLeft from the first strong character; LeftToRight when there is none.
BaseDirection detectDirection(std::string_view text);

} // namespace helder::text
