#pragma once
// Every text a visitor or a worker may see, in any language, must be drawable: a code point that
// no installed font covers would print as an empty box. Checks every string of a JSON file
// (a form's texts/<lang>.json, a locales/<lang>.json) with the text engine.

#include "core/Diagnostic.hpp"
#include "text/TextEngine.hpp"

#include <filesystem>

namespace helder::tools {

core::Diagnostics checkDrawableTexts(const std::filesystem::path& file, text::TextEngine& engine);

} // namespace helder::tools
