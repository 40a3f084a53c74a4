// DESIGN §7, issue 13 "Privacy": a whole visit with a unique marker (in a name and in free typed
// text) printed through a private cupsd with a file queue, then every place a trace could be left
// is searched: as raw bytes, as UTF-16, inside decompressed PDF streams (qpdf --qdf) and with
// pdftotext on every PDF found (glyph-id text hides from a byte search). Only the printer's output
// file may hold the marker, and pdftotext must find it there, which shows the search works.
#include "KioskDriver.hpp"
#include "PrivateCupsd.hpp"

#include "printer/CupsPrinter.hpp"

#include <doctest/doctest.h>

#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace helder;
namespace fs = std::filesystem;

namespace {

// Latin letters only, as a name typed from Belgian papers must be; 26^10 makes a chance hit nil.
std::string uniqueMarker()
{
    std::random_device random;
    std::uniform_int_distribution<int> letter(0, 25);
    std::string marker = "Qx";
    for (int i = 0; i < 10; ++i) {
        marker += static_cast<char>('a' + letter(random));
    }
    return marker;
}

std::string utf16(const std::string& ascii, bool bigEndian)
{
    std::string encoded;
    for (const char c : ascii) {
        if (bigEndian) {
            encoded += '\0';
        }
        encoded += c;
        if (!bigEndian) {
            encoded += '\0';
        }
    }
    return encoded;
}

// A program's standard output; nothing is written to disk, so the search leaves no copy behind.
std::string output(const std::string& command)
{
    std::string text;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[65536];
        std::size_t read = 0;
        while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) {
            text.append(buffer, read);
        }
        pclose(pipe);
    }
    return text;
}

std::string quoted(const fs::path& path)
{
    std::string text = "'";
    for (const char c : path.string()) {
        text += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return text + "'";
}

struct Finding {
    fs::path file;
    std::string how;
};

class TraceSearch {
public:
    explicit TraceSearch(std::string marker)
        : m_marker(std::move(marker)), m_forms{m_marker, utf16(m_marker, false), utf16(m_marker, true)}
    {
    }

    // Every regular file under `root`; `since`: only files changed after it (see the home below).
    void searchTree(const fs::path& root, std::optional<fs::file_time_type> since = {},
                    const std::set<fs::path>& skip = {})
    {
        std::error_code error;
        if (!fs::is_directory(root, error)) {
            return;
        }
        auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, error);
        for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
            if (it->is_directory(error) && skip.contains(it->path())) {
                it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file(error) || it->is_symlink(error)) {
                continue;
            }
            if (since && it->last_write_time(error) < *since) {
                continue;
            }
            searchFile(it->path());
        }
    }

    void searchFile(const fs::path& file)
    {
        std::error_code error;
        // Folders overlap (the cupsd's lies in /tmp): each file is read once.
        if (!m_seen.insert(fs::canonical(file, error)).second) {
            return;
        }
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            return;
        }
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        ++m_files;
        if (contains(bytes)) {
            m_findings.push_back({file, "bytes"});
        }
        if (bytes.find("%PDF-") != std::string::npos && bytes.find("%PDF-") < 1024) {
            ++m_pdfs;
            if (contains(output("qpdf --qdf --object-streams=disable " + quoted(file) + " - 2>/dev/null"))) {
                m_findings.push_back({file, "qpdf streams"});
            }
            if (output("pdftotext -q " + quoted(file) + " - 2>/dev/null").find(m_marker) != std::string::npos) {
                m_findings.push_back({file, "pdftotext"});
            }
        }
    }

    [[nodiscard]] bool contains(const std::string& bytes) const
    {
        return std::ranges::any_of(m_forms, [&](const std::string& form) { return bytes.find(form) != std::string::npos; });
    }

    [[nodiscard]] const std::vector<Finding>& findings() const { return m_findings; }
    [[nodiscard]] int files() const { return m_files; }
    [[nodiscard]] int pdfs() const { return m_pdfs; }

private:
    std::string m_marker;
    std::vector<std::string> m_forms;
    std::set<fs::path> m_seen;
    std::vector<Finding> m_findings;
    int m_files = 0;
    int m_pdfs = 0;
};

std::optional<std::string> visitorAnswers(const std::string& questionId, const std::string& marker)
{
    if (questionId == "first_name") {
        return marker; // a name
    }
    if (questionId == "street") {
        return marker + "laan 7"; // free typed text that is not a name
    }
    if (questionId == "last_name") {
        return "Peeters";
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("a printed visit leaves its answers nowhere but in the printer's output")
{
    const auto began = fs::file_time_type::clock::now() - std::chrono::seconds(2);
    const std::string marker = uniqueMarker();
    test::PrivateCupsd cupsd; // fresh: its folders hold this visit only
    std::string log;
    {
        app::PrintSettings settings;
        settings.timeout = std::chrono::seconds(15);
        test::KioskDriver kiosk(std::make_unique<printer::CupsPrinter>("kiosk_copy", cupsd.socket()), settings);
        kiosk.fillIn("uitpas-kansentarief", "PRIV42", [&](const std::string& id) { return visitorAnswers(id, marker); });
        kiosk.act(core::action::Print{});
        kiosk.awaitPrinter();
        REQUIRE_MESSAGE(kiosk.session().screen == core::Screen::Done, kiosk.log());
        kiosk.act(core::action::Finish{}); // the wipe
        kiosk.awaitIdleWorker();
        REQUIRE(kiosk.session().answers.empty());
        log = kiosk.log();
    }
    CHECK(log.find(marker) == std::string::npos);

    TraceSearch search(marker);
    search.searchTree(cupsd.root());
    for (const char* folder : {"/tmp", "/var/tmp", "/var/spool", "/var/log", "/run/helder"}) {
        search.searchTree(folder);
    }
    if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); runtime && *runtime) {
        search.searchTree(runtime);
    }
    // The home of a developer or CI machine holds gigabytes of toolchains: there only what changed
    // during the visit is read (an older file cannot hold a marker made for this test).
    if (const char* home = std::getenv("HOME"); home && *home) {
        search.searchTree(home, began);
    }
    // The working folders: the source tree the kiosk ran in (not its VCS store or builds), and the
    // build trees' files changed during the visit.
    const fs::path source = test::sourceDir();
    std::set<fs::path> builds{source / ".git"};
    for (const auto& entry : fs::directory_iterator(source)) {
        if (entry.is_directory() && entry.path().filename().string().starts_with("build")) {
            builds.insert(entry.path());
            search.searchTree(entry.path(), began);
        }
    }
    search.searchTree(source, std::nullopt, builds);

    const fs::path printed = cupsd.printed();
    MESSAGE("searched " << search.files() << " files, " << search.pdfs() << " PDFs");
    bool foundByPdftotext = false;
    for (const Finding& finding : search.findings()) {
        MESSAGE(finding.file << " holds the marker (" << finding.how << ")");
        CHECK(fs::equivalent(finding.file, printed));
        foundByPdftotext = foundByPdftotext || (finding.how == "pdftotext" && fs::equivalent(finding.file, printed));
    }
    CHECK_MESSAGE(foundByPdftotext, "pdftotext must find the marker in the printed file " << printed);
    CHECK(search.pdfs() >= 1);
}

TEST_CASE("the search itself finds a marker as bytes, as UTF-16 and only in changed files when asked")
{
    const std::string marker = uniqueMarker();
    const fs::path folder = fs::temp_directory_path() / ("helder-trace-search-" + marker.substr(2));
    fs::create_directories(folder / "deeper");
    auto write = [&](const fs::path& file, const std::string& bytes) {
        std::ofstream(folder / file, std::ios::binary) << bytes;
    };
    write("plain.txt", "before " + marker + " after");
    write("deeper/le.bin", "x" + utf16(marker, false));
    write("deeper/be.bin", utf16(marker, true) + "y");
    write("clean.txt", marker.substr(0, 6));

    TraceSearch search(marker);
    search.searchTree(folder);
    std::set<std::string> found;
    for (const Finding& finding : search.findings()) {
        found.insert(finding.file.filename().string());
    }
    CHECK(found == std::set<std::string>{"plain.txt", "le.bin", "be.bin"});

    TraceSearch later(marker);
    later.searchTree(folder, fs::file_time_type::clock::now() + std::chrono::hours(1));
    CHECK(later.findings().empty());
    fs::remove_all(folder);
}
