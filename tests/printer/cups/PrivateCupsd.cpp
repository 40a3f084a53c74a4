#include "PrivateCupsd.hpp"

#include "TestPaths.hpp"

#include <cups/cups.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <locale>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace helder::test {

namespace {

std::string decimal(long value)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << value;
    return out.str();
}

// fork + execvp rather than std::system: no shell quoting of paths. CUPS_SERVER is set for the child
// only, through env(1), so the forked child calls nothing but async-signal-safe functions.
int runProgram(const std::vector<std::string>& command, const std::string& cupsServer)
{
    std::vector<std::string> full{"env", "CUPS_SERVER=" + cupsServer, "LC_ALL=C"};
    full.insert(full.end(), command.begin(), command.end());
    std::vector<char*> argv;
    for (std::string& argument : full)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const pid_t child = ::fork();
    if (child < 0)
        throw std::system_error(errno, std::generic_category(), "fork");
    if (child == 0) {
        // Their stdout (socket path, "request id is …") is noise in a test log; errors go to stderr.
        const int devNull = ::open("/dev/null", O_WRONLY);
        if (devNull >= 0)
            ::dup2(devNull, STDOUT_FILENO);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0) {
        if (errno != EINTR)
            throw std::system_error(errno, std::generic_category(), "waitpid");
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::filesystem::path script()
{
    return sourceDir() / "tests" / "printer" / "cups" / "private-cupsd.sh";
}

std::unique_ptr<PrivateCupsd>& sharedInstance()
{
    static std::unique_ptr<PrivateCupsd> instance;
    return instance;
}

} // namespace

PrivateCupsd::PrivateCupsd()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "helder-cupsd-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw std::system_error(errno, std::generic_category(), "mkdtemp");
    m_root = pattern;
    m_running = true;
    if (const int status = runScript("start"); status != 0) {
        stop();
        std::filesystem::remove_all(m_root);
        throw std::runtime_error("the private cupsd did not start (private-cupsd.sh exit " + decimal(status)
                                 + "): are cups, cups-client and cups-bsd installed?");
    }
}

PrivateCupsd::~PrivateCupsd()
{
    stop();
    std::error_code ignored;
    std::filesystem::remove_all(m_root, ignored);
}

void PrivateCupsd::stop()
{
    if (!m_running)
        return;
    m_running = false;
    runScript("stop");
}

int PrivateCupsd::runScript(const std::string& action) const
{
    std::vector<std::string> command{"/bin/sh", script().string(), action, m_root.string()};
    // The script's watchdog stops cupsd if this test program dies without cleaning up.
    if (action == "start")
        command.push_back(decimal(::getpid()));
    return runProgram(command, socket());
}

int PrivateCupsd::run(const std::vector<std::string>& command) const
{
    return runProgram(command, socket());
}

PrivateCupsd& sharedCupsd()
{
    std::unique_ptr<PrivateCupsd>& instance = sharedInstance();
    if (!instance) {
        instance = std::make_unique<PrivateCupsd>();
        ::setenv("CUPS_SERVER", instance->socket().c_str(), 1);
        // libcups caches its default server at first use, which another case may already have made.
        cupsSetServer(nullptr);
    }
    return *instance;
}

void stopSharedCupsd()
{
    sharedInstance().reset();
}

} // namespace helder::test
