#pragma once
// `helder-forms check [PATH...] [--json] [--today YYYY-MM-DD]`: every problem of the given form
// folders, folders of forms and locales folders, with file, JSON path and line:column.

#include <ostream>
#include <string>
#include <vector>

namespace helder::tools {

int runCheckCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace helder::tools
