#pragma once
// The shipped forms ask only for Latin-script answers and no IBAN, so the inputs for free text in
// the visitor's own script and for an IBAN are tried on a variant of the UiTPAS form: its first
// name may be typed in any script, and its phone number is asked as an IBAN.

#include "UiHarness.hpp"

#include <variant>
#include <vector>

namespace helder::ui::test {

inline const core::InterviewContext& inputFormsContext()
{
    static const std::vector<core::Template> forms = [] {
        std::vector<core::Template> copies(World::get().forms.forms.begin(), World::get().forms.forms.end());
        for (core::Template& form : copies) {
            for (core::Item& item : form.items) {
                auto* question = std::get_if<core::Question>(&item);
                if (question && question->id == "first_name") {
                    question->latinOnly = false;
                }
                if (question && question->id == "phone") {
                    question->type = core::QuestionType::Iban;
                }
            }
        }
        return copies;
    }();
    static core::InterviewContext context = [] {
        core::InterviewContext c = World::get().context;
        c.forms = forms;
        return c;
    }();
    return context;
}

// A visit on the variant's first question, free text, in `language`.
inline Visit atFreeText(const std::string& language)
{
    Visit visit;
    visit.context = &inputFormsContext();
    REQUIRE(visit.tap("lang/" + language));
    REQUIRE(visit.tap("form/uitpas-kansentarief"));
    if (!visit.screen().has("nav/start")) {
        // The form is not in this language: its questions in Dutch, the keys still in the visitor's.
        REQUIRE(visit.tap("formlang/nl"));
    }
    REQUIRE(visit.tap("nav/start"));
    REQUIRE(visit.question() == "first_name");
    return visit;
}

// Past the questions before `questionId` with "I don't know" or Next.
inline void skipTo(Visit& visit, std::string_view questionId)
{
    while (visit.state.session.screen == core::Screen::Question && visit.question() != questionId) {
        const ScreenDescription screen = visit.screen();
        const bool moved = screen.has("nav/dont_know") ? visit.tap("nav/dont_know")
            : screen.has("answer/yes")                 ? visit.tap("answer/yes")
                                                       : visit.tap("nav/next");
        REQUIRE(moved);
    }
    REQUIRE(visit.question() == questionId);
}

} // namespace helder::ui::test
