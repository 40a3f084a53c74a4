#pragma once
// The review sheet (DESIGN §3): what the visitor answered, laid out for the social worker who
// checks it with them and signs. Every label is given in the worker's language and, below it, in
// the visitor's; answers are written in their own script (right-to-left right-aligned), with dates
// and numbers as Belgian paper writes them. What the worker must complete is shaded with the
// reason: unanswered, "I don't know", kept as typed after a failed check, and free text in another
// script than the form's ("to translate with the worker").

#include "core/Date.hpp"
#include "core/SessionView.hpp"
#include "printer/AnswerMapping.hpp"
#include "printer/SheetFlow.hpp"

#include <expected>
#include <string>
#include <vector>

namespace helder::i18n {
class Catalog;
}

namespace helder::text {
class TextEngine;
}

namespace helder::printer {

struct ReviewSheetContent {
    const core::SessionView& view;
    const i18n::Catalog& catalog;
    std::string workerLanguage;
    core::Date printedOn;
    const std::vector<ForWorker>& forWorker;  // mapAnswers: answers left off the official form
};

// The sheet as a PDF of its own, or why it could not be written (for the staff log).
std::expected<SheetPdf, std::string> writeReviewSheet(const ReviewSheetContent& content, text::TextEngine& engine);

} // namespace helder::printer
