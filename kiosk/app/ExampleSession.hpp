#pragma once
// The staff's test print (DESIGN §7): a finished session of a form holding the template's example
// answers, as if a visitor had typed them, so that staff see a filled form and review sheet come
// out of the printer without walking through the kiosk.

#include "core/Date.hpp"
#include "core/Session.hpp"
#include "core/Template.hpp"

#include <string>
#include <string_view>

namespace helder::app {

// On the review screen, in the form's official language; every question with an example is
// answered with it, and a repeating group gets its example number of members.
core::Session exampleSession(const core::Template& form, std::string sessionCode, core::Date today);

} // namespace helder::app
