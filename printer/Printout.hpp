#pragma once
// The printout of a visit (DESIGN §3), as one PDF for one print job (PLATFORM.md §6): the review sheet
// first, then the filled official form. Every page carries the session code and "page x of y"; a
// reprint says "COPY"; every page of a model form is watermarked "MODEL — not an official form".
// The official PDF is parsed and filled in a child process (FormFiller::fillIsolated), so a hostile
// form file is an error here, never a crash of the kiosk.

#include "core/Date.hpp"
#include "printer/ChildProcess.hpp"
#include "printer/FormFiller.hpp"

#include <cstddef>
#include <expected>
#include <string>
#include <vector>

namespace helder::core {
struct Session;
struct Template;
}

namespace helder::i18n {
class Catalog;
}

namespace helder::printer {

struct PrintoutRequest {
    const core::Template& form;
    const core::Session& session;   // answers, visitor language, session code
    const i18n::Catalog& catalog;   // the interface messages (sheet.*) in every language
    std::string workerLanguage;     // the form's official language unless the config names another
    core::Date printedOn;
    bool copy = false;
};

struct Printout {
    std::vector<std::byte> pdf;
    int reviewSheetPages = 0;
    int formPages = 0;
};

struct PrintoutError {
    std::string code;    // a FillError code, or "review-sheet" / "assembly"
    std::string message; // for the staff log: codes and field names, never an answer
    std::string field;
};

class PrintoutMaker {
public:
    explicit PrintoutMaker(FormFiller& filler) : m_filler(filler) {}

    [[nodiscard]] std::expected<Printout, PrintoutError> make(const PrintoutRequest& request,
                                                              const ProcessLimits& limits = {});

private:
    FormFiller& m_filler;
};

} // namespace helder::printer
