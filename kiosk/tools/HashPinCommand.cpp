#include "tools/HashPinCommand.hpp"

#include "app/PinHash.hpp"

#include <termios.h>
#include <unistd.h>

#include <istream>
#include <optional>
#include <ostream>
#include <string>

namespace helder::tools {
namespace {

constexpr const char* kHashPinUsage = "usage: helder-forms hash-pin < PIN   (or type it when asked)\n";

// Turns the terminal's echo off for as long as it lives, so the PIN never shows on screen.
class EchoOff {
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    ~EchoOff()
    {
        if (m_active) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        }
    }

private:
    termios m_saved{};
    bool m_active = false;
};

std::optional<std::string> readLine(std::istream& in)
{
    std::string line;
    if (!std::getline(in, line)) {
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

// nullopt when nothing usable was typed; the reason is already on err.
std::optional<std::string> askTwice(std::istream& in, std::ostream& err)
{
    const EchoOff quiet;
    err << "PIN (4 to 12 digits): " << std::flush;
    const std::optional<std::string> first = readLine(in);
    err << "\nPIN again: " << std::flush;
    const std::optional<std::string> second = first ? readLine(in) : std::nullopt;
    err << '\n';
    if (!first || !second) {
        err << "helder-forms hash-pin: no PIN typed\n";
        return std::nullopt;
    }
    if (*first != *second) {
        err << "helder-forms hash-pin: the two PINs differ\n";
        return std::nullopt;
    }
    return first;
}

} // namespace

int runHashPinCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                      std::ostream& err, bool terminal)
{
    if (!args.empty()) {
        err << kHashPinUsage;
        return 2;
    }
    const std::optional<std::string> pin = terminal ? askTwice(in, err) : readLine(in);
    if (!pin) {
        if (!terminal) {
            err << "helder-forms hash-pin: no PIN on standard input\n";
        }
        return 1;
    }
    if (!app::isWellFormedPin(*pin)) {
        err << "helder-forms hash-pin: a PIN is " << app::shortestPin << " to " << app::longestPin
            << " digits (0-9), nothing else\n";
        return 1;
    }
    auto hash = app::hashPin(*pin);
    if (!hash) {
        err << "helder-forms hash-pin: " << hash.error() << '\n';
        return 1;
    }
    out << *hash << '\n';
    return 0;
}

} // namespace helder::tools
