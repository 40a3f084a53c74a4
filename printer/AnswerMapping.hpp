#pragma once
// From a session's answers to what goes on the official PDF, through the template's mappings
// (format.md "Mappings"): field values for AcroForm mode, positioned texts for overlay mode.
// Only visible steps count (core::SessionView), so an answer hidden by a later change never
// reaches paper. Dates are Gregorian dd/mm/yyyy and digits Latin; money is written as Belgian
// forms print it ("1.234,50").

#include "core/SessionView.hpp"
#include "core/Template.hpp"
#include "printer/FormFiller.hpp"

#include <string>
#include <vector>

namespace helder::printer {

// A value drawn on a flat page (overlay mode), in PDF points from the page's bottom-left.
struct OverlayText {
    int page = 1;  // 1-based
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double fontSize = 11;
    core::Alignment align = core::Alignment::Start;
    std::string text;
};

// A free-text answer left off the official form because it is not in the form's script
// (other_script "worker"): the review sheet asks the worker to translate it.
struct ForWorker {
    std::string questionId;
    std::optional<std::size_t> member;  // 0-based member of a repeating group
    std::string answer;
};

struct MappedAnswers {
    std::vector<FieldValue> fields;      // AcroForm mode
    std::vector<OverlayText> overlays;   // overlay mode
    std::vector<ForWorker> forWorker;
};

MappedAnswers mapAnswers(const core::SessionView& view);

// True when `text` has a letter of a script other than Latin (digits and punctuation are shared).
bool hasNonLatinLetters(std::string_view text);

} // namespace helder::printer
