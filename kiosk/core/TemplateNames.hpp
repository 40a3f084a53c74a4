#pragma once
// Syntax of the names a template uses besides item ids (internal to the template loader).

#include <string_view>

namespace helder::core {

// A form id: "uitpas-kansentarief".
bool isKebabCase(std::string_view id);
// A Material Design icon name: "confirmation_number".
bool isIconName(std::string_view name);
// A language code as in texts/<code>.json: two or three lower-case letters.
bool isLanguageCode(std::string_view code);
// A file named relative to the form's folder: not absolute, no "..", forward slashes only.
bool isPathInsideFolder(std::string_view path);

} // namespace helder::core
