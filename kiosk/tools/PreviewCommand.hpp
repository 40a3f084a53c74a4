#pragma once
// `helder-forms preview`: every screen a visitor sees for one form, filled with the template's
// example answers, as numbered PNG files, so staff can check a translation without walking the
// kiosk.
//   preview FORM --lang L --out DIR [--size WxH] [--locales DIR]
// Without $DISPLAY it starts its own Xvfb and stops it again.

#include <iosfwd>
#include <string>
#include <vector>

namespace helder::tools {

// args are the words after "preview". 0: written; 1: bad input or no way to draw (the reason
// goes to err); 2: usage.
int runPreviewCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace helder::tools
