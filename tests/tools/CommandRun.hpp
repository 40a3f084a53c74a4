#pragma once
// Runs a helder-forms command in-process and keeps its exit code and both streams.

#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace helder::test {

struct CommandRun {
    int code = 0;
    std::string out;
    std::string err;
};

using Command = int (*)(const std::vector<std::string>&, std::ostream&, std::ostream&);

inline CommandRun runCommand(Command command, const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = command(args, out, err);
    return {code, out.str(), err.str()};
}

} // namespace helder::test
