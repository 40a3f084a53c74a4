#pragma once
// A visitor's answers in a JSON file, as `helder-forms fill FORM --answers` and `print` read them:
// question ids to canonical answers (format.md), repeating group ids to arrays of member objects.

#include "core/Session.hpp"
#include "core/Template.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <optional>
#include <string_view>

namespace helder::tools {

// A session holding the answers, dated today; std::nullopt after a message to err that starts
// with `command` ("helder-forms fill") and names the question at fault.
std::optional<core::Session> sessionFromAnswers(const core::Template& form, const nlohmann::json& answers,
                                                std::string_view command, std::ostream& err);

} // namespace helder::tools
