#pragma once
// The helder-forms commands that need the kiosk's own parts (check: its loaders and audio
// decoders; preview: its screens; print: its printer backend) run in the helder-forms-kiosk
// program, found beside helder-forms (a build tree) or in Helder's libexec folder (installed).

#include <ostream>
#include <string_view>

namespace helder::tools {

bool isKioskCommand(std::string_view command);

// Replaces this process with helder-forms-kiosk, given the same arguments. Returns only when
// that fails, with the exit code to give after saying why on `err`.
int execKioskCommands(char** argv, std::ostream& err);

} // namespace helder::tools
