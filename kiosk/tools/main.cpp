// helder-forms: the staff command line. main only picks the command; each command is a function
// that takes its arguments and two streams, so tests run it in-process.
//
// The PDF and PIN commands run here. check, preview and print use the kiosk's own loaders, screens,
// audio decoders and printer backend: they run in helder-forms-kiosk (KioskCommandsMain.cpp), so
// that a fill does not first load the 50 libraries of SFML, OpenGL, X11 and CUPS it never calls.
// Loading those took 28 ms of every start on the machines Helder is built on.

#include "tools/FieldsCommand.hpp"
#include "tools/FillCommand.hpp"
#include "tools/HashPinCommand.hpp"
#include "tools/KioskCommands.hpp"
#include "tools/ScaffoldCommand.hpp"

#include <unistd.h>

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view usage =
    "usage: helder-forms COMMAND [ARGS]\n"
    "\n"
    "commands:\n"
    "  check [PATH...] [--json]   check form folders, a folder of forms, or a locales folder\n"
    "  fields PDF [--json]        list the AcroForm fields of a PDF\n"
    "  fill PDF --values VALUES.json --out OUT.pdf [--flatten] [--maxlen error|truncate]\n"
    "                             fill form fields (true/false ticks a checkbox)\n"
    "  fill FORM --answers ANSWERS.json --out OUT.pdf [--flatten]\n"
    "                             fill a form's PDF from a visitor's answers\n"
    "  preview FORM --lang LANG --out DIR [--size WIDTHxHEIGHT]\n"
    "                             every screen of a form, with its example answers, as PNG\n"
    "  print FORM --answers ANSWERS.json --lang L (--queue Q [--server S] | --folder DIR)\n"
    "        [--worker-lang L] [--locales DIR] [--session CODE] [--copy]\n"
    "                             print a test printout: review sheet and filled form, one job\n"
    "  scaffold PDF [--language LANG] [--out FOLDER]\n"
    "                             a starting template from a PDF's fields\n"
    "  hash-pin < PIN             the staff PIN's salted hash for the config's staff_pin_hash\n"
    "\n"
    "exit codes: 0 all is well, 1 problems found or bad input, 2 usage\n";

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        (args.empty() ? std::cerr : std::cout) << usage;
        return args.empty() ? 2 : 0;
    }
    if (helder::tools::isKioskCommand(args[0])) {
        return helder::tools::execKioskCommands(argv, std::cerr);
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "fields") {
        return helder::tools::runFieldsCommand(rest, std::cout, std::cerr);
    }
    if (args[0] == "fill") {
        return helder::tools::runFillCommand(rest, std::cout, std::cerr);
    }
    if (args[0] == "scaffold") {
        return helder::tools::runScaffoldCommand(rest, std::cout, std::cerr);
    }
    if (args[0] == "hash-pin") {
        return helder::tools::runHashPinCommand(rest, std::cin, std::cout, std::cerr, isatty(STDIN_FILENO) == 1);
    }
    std::cerr << "helder-forms: unknown command \"" << args[0] << "\"\n\n" << usage;
    return 2;
}
