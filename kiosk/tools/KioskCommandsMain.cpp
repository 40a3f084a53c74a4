// helder-forms-kiosk: the helder-forms commands that need the kiosk's own parts (KioskCommands.hpp).
// helder-forms starts it with its own arguments; it is not meant to be run by hand.

#include "tools/CheckCommand.hpp"
#include "tools/KioskCommands.hpp"
#include "tools/PreviewCommand.hpp"
#include "tools/PrintCommand.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || !helder::tools::isKioskCommand(args[0])) {
        std::cerr << "helder-forms-kiosk runs check, preview and print for helder-forms: run helder-forms --help\n";
        return 2;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "check")
        return helder::tools::runCheckCommand(rest, std::cout, std::cerr);
    if (args[0] == "preview")
        return helder::tools::runPreviewCommand(rest, std::cout, std::cerr);
    return helder::tools::runPrintCommand(rest, std::cout, std::cerr);
}
