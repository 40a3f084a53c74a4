#pragma once
// `helder-forms scaffold PDF [--language LANG] [--out FOLDER]`: a starting template from a PDF's
// fields. Every fillable field becomes a question with its type guessed from its kind (text →
// short_text or long_text, checkbox → yes_no, radio group, combo and list → single_choice with
// the field's options); push buttons, signatures and read-only fields go to pdf.ignore. Without
// --out, form.json goes to out; with it, FOLDER/form.json and FOLDER/texts/LANG.json (the
// fields' tooltips as help, to be rewritten by staff) are written and the PDF copied beside them.

#include <iosfwd>
#include <string>
#include <vector>

namespace helder::tools {

// args are the words after "scaffold". 0: written; 1: bad input (the reason goes to err); 2: usage.
int runScaffoldCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace helder::tools
