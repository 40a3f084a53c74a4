#pragma once
// The screens a visitor of one form sees, in order, filled with the template's example answers:
// what `helder-forms preview` draws. The session moves only through ui::dispatch() and the
// interview engine, as at the kiosk, so the preview cannot show a screen the kiosk would not.

#include "core/Date.hpp"
#include "core/Interview.hpp"
#include "core/Template.hpp"
#include "ui/Dispatch.hpp"

#include <expected>
#include <string>
#include <vector>

namespace helder::tools {

struct PreviewShot {
    std::string name; // "question-postcode", "household-overview-2" (with two members), "review"
    ui::VisitorState state;
};

// From "before you start" to "done", in `language` (the form's official language when the form
// does not have it). An error names the question the examples could not get past.
std::expected<std::vector<PreviewShot>, std::string> previewVisit(const core::InterviewContext& context,
                                                                  const core::Template& form,
                                                                  const std::string& language, core::Date today);

} // namespace helder::tools
