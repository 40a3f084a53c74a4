#pragma once
// `helder-forms fill`: fills an official PDF, either directly from field values or through a
// form template from a visitor's answers.
//   fill PDF --values VALUES.json --out OUT.pdf [--flatten] [--maxlen error|truncate] [--allow-read-only]
//   fill FORM --answers ANSWERS.json --out OUT.pdf [--flatten]
// VALUES.json maps fully qualified field names to a string (text, choice, radio option or on-state
// name) or true/false (checkbox). ANSWERS.json maps question ids to canonical answers
// (format.md) and repeating group ids to arrays of member answer objects.

#include <iosfwd>
#include <string>
#include <vector>

namespace helder::tools {

// args are the words after "fill". 0: written; 1: bad input (the reason goes to err); 2: usage.
int runFillCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace helder::tools
