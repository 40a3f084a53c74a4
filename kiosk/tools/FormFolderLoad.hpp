#pragma once
// A form folder read and loaded for a command that needs a valid form (fill, print, preview): every
// diagnostic goes to `err`, prefixed as the command's other messages are.

#include "core/Template.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string_view>

namespace helder::tools {

std::optional<core::Template> loadFormFolder(const std::filesystem::path& folder, std::ostream& err,
                                             std::string_view prefix = {});

} // namespace helder::tools
