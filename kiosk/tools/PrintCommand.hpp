#pragma once
// `helder-forms print`: a staff test print of a form's whole printout (review sheet, then the
// filled official form, as one PDF and one job), from a visitor's answers in a JSON file.
//   print FORM --answers ANSWERS.json --lang L (--queue Q [--server S] | --folder DIR)
//         [--worker-lang L] [--locales DIR] [--session CODE] [--copy]
// ANSWERS.json is read as `fill FORM --answers` reads it (AnswersFile.hpp). --queue sends the job to
// a CUPS queue and follows it until it is done; --folder writes it as <session code>-<n>.pdf into
// DIR, as the kiosk's spool folder does. The locales default to the folder beside the forms folder
// (forms/<id> → locales), as in the source tree and in /usr/share/helder.

#include <iosfwd>
#include <string>
#include <vector>

namespace helder::tools {

// args are the words after "print". 0: printed; 1: bad input or a print fault (the reason goes to
// err); 2: usage.
int runPrintCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace helder::tools
