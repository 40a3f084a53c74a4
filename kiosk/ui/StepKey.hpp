#pragma once
// A step of the interview written into a widget id and read back: "first_name",
// "household/0/name" (a member's question), "household/-/" (the group's overview).

#include "core/Session.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace helder::ui {

std::string stepKey(const core::Step& step);
std::optional<core::Step> parseStepKey(std::string_view key);

} // namespace helder::ui
