#pragma once
// A private cupsd for one test run, driven through private-cupsd.sh (PLATFORM.md §6, §8). It never
// touches the system cupsd: its socket lives in its own temporary folder. A missing cupsd or a start
// failure throws, so the tests fail loudly instead of passing without a printer.

#include <filesystem>
#include <string>
#include <vector>

namespace helder::test {

class PrivateCupsd {
public:
    PrivateCupsd();
    ~PrivateCupsd();
    PrivateCupsd(const PrivateCupsd&) = delete;
    PrivateCupsd& operator=(const PrivateCupsd&) = delete;

    // Stops cupsd (it takes up to two seconds); the folder stays until destruction.
    void stop();

    [[nodiscard]] const std::filesystem::path& root() const { return m_root; }
    [[nodiscard]] std::string socket() const { return (m_root / "run" / "cups.sock").string(); }
    // Where the file-device queue kiosk_copy writes what it prints.
    [[nodiscard]] std::filesystem::path printed() const { return m_root / "out" / "kiosk_copy.pdf"; }

    // Runs a CUPS command-line tool (lp, cupsdisable, …) against this instance; returns its exit status.
    int run(const std::vector<std::string>& command) const;

private:
    int runScript(const std::string& action) const;

    std::filesystem::path m_root;
    bool m_running = false;
};

// The instance the test cases of this program share: started at first use, stopped by the program's
// main when the run ends. It also points this process's libcups (CUPS_SERVER) at the private socket.
PrivateCupsd& sharedCupsd();
void stopSharedCupsd();

} // namespace helder::test
