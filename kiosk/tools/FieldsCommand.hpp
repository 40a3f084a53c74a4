#pragma once
// `helder-forms fields PDF [--json]`: lists the form fields of a PDF for the staff who write
// templates: fully qualified names, kinds, options and on-states, limits, flags and positions.

#include <iosfwd>
#include <string>
#include <vector>

namespace helder::tools {

// args are the words after "fields". Returns 0 on success, 1 when the PDF cannot be read
// (the reason goes to err), 2 on a usage error.
int runFieldsCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace helder::tools
