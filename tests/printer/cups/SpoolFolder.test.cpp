// SpoolFolder: the paper-tray stand-in used when no CUPS queue is configured.
#include "printer/SpoolFolder.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace fs = std::filesystem;
using helder::printer::JobState;
using helder::printer::PrintJobRequest;
using helder::printer::SpoolFolder;

namespace {

// A scratch folder removed however the case ends.
struct ScratchFolder {
    ScratchFolder()
    {
        std::string pattern = (fs::temp_directory_path() / "helder-spool-test-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~ScratchFolder()
    {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    fs::path path;
};

// Sets an environment variable for one case and puts the old value back.
struct EnvironmentValue {
    EnvironmentValue(const char* name, const std::optional<std::string>& value) : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        if (value)
            ::setenv(name, value->c_str(), 1);
        else
            ::unsetenv(name);
    }
    ~EnvironmentValue()
    {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }
    EnvironmentValue(const EnvironmentValue&) = delete;
    EnvironmentValue& operator=(const EnvironmentValue&) = delete;
    const char* m_name;
    std::optional<std::string> m_old;
};

unsigned permissions(const fs::path& path)
{
    struct stat info {};
    REQUIRE(::lstat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

PrintJobRequest request(const std::string& title, const std::string& content)
{
    std::vector<std::byte> bytes;
    for (const char c : content)
        bytes.push_back(static_cast<std::byte>(c));
    return PrintJobRequest{title, bytes, 1, false};
}

} // namespace

TEST_CASE("the spool folder lies under XDG_RUNTIME_DIR with mode 0700")
{
    ScratchFolder runtime;
    EnvironmentValue xdg("XDG_RUNTIME_DIR", runtime.path.string());
    auto spool = SpoolFolder::open();
    REQUIRE(spool.has_value());
    CHECK(spool->folder() == runtime.path / "helder" / "spool");
    CHECK(spool->warning().empty());
    CHECK(permissions(runtime.path / "helder") == 0700);
    CHECK(permissions(spool->folder()) == 0700);
    CHECK(spool->describe() == "spool folder " + spool->folder().string());
}

TEST_CASE("an existing spool folder is made private again")
{
    ScratchFolder runtime;
    fs::create_directories(runtime.path / "helder" / "spool");
    fs::permissions(runtime.path / "helder" / "spool", fs::perms::all);
    EnvironmentValue xdg("XDG_RUNTIME_DIR", runtime.path.string());
    auto spool = SpoolFolder::open();
    REQUIRE(spool.has_value());
    CHECK(permissions(spool->folder()) == 0700);
}

TEST_CASE("a planted link is not accepted as the spool folder")
{
    ScratchFolder runtime;
    ScratchFolder elsewhere;
    fs::create_directory_symlink(elsewhere.path, runtime.path / "spool");
    auto spool = SpoolFolder::openAt(runtime.path / "spool");
    REQUIRE_FALSE(spool.has_value());
    CHECK(spool.error().code == "write-failed");
}

TEST_CASE("the environment gives XDG_RUNTIME_DIR, /run/helder and the temporary folder")
{
    EnvironmentValue xdg("XDG_RUNTIME_DIR", std::nullopt);
    const SpoolFolder::Places places = SpoolFolder::Places::fromEnvironment();
    CHECK(places.runtimeDir.empty());
    CHECK(places.systemdDir == "/run/helder");
    CHECK(places.temporaryDir == fs::temp_directory_path());
}

TEST_CASE("under systemd the spool lies in the RuntimeDirectory")
{
    ScratchFolder scratch;
    fs::create_directory(scratch.path / "run-helder");
    auto spool = SpoolFolder::open(SpoolFolder::Places{{}, scratch.path / "run-helder", scratch.path / "tmp"});
    REQUIRE(spool.has_value());
    CHECK(spool->folder() == scratch.path / "run-helder" / "spool");
    CHECK(permissions(spool->folder()) == 0700);
    CHECK(spool->warning().empty());
}

TEST_CASE("without a runtime folder the spool is a fresh private temporary folder, with a warning")
{
    ScratchFolder scratch;
    const SpoolFolder::Places places{{}, scratch.path / "no-run-helder", scratch.path};
    auto first = SpoolFolder::open(places);
    auto second = SpoolFolder::open(places);
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    CHECK(first->folder().parent_path() == scratch.path);
    CHECK(first->folder() != second->folder());
    CHECK(permissions(first->folder()) == 0700);
    CHECK(first->warning().find(first->folder().string()) != std::string::npos);
}

TEST_CASE("an unusable XDG_RUNTIME_DIR falls back, and the warning says why")
{
    ScratchFolder scratch;
    std::FILE* notAFolder = std::fopen((scratch.path / "file").c_str(), "w");
    REQUIRE(notAFolder != nullptr);
    std::fclose(notAFolder);
    auto spool = SpoolFolder::open(SpoolFolder::Places{scratch.path / "file", scratch.path / "none", scratch.path});
    REQUIRE(spool.has_value());
    CHECK(spool->folder().parent_path() == scratch.path);
    CHECK(spool->warning().find("XDG_RUNTIME_DIR") != std::string::npos);
}

TEST_CASE("each job is written as <title>-<n>.pdf, completed at once")
{
    ScratchFolder scratch;
    auto spool = SpoolFolder::openAt(scratch.path / "spool");
    REQUIRE(spool.has_value());
    auto first = spool->submit(request("K7Q2", "%PDF-first"));
    auto second = spool->submit(request("K7Q2", "%PDF-second"));
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    CHECK(first->id != second->id);
    CHECK(spool->fileOf(first->id) == spool->folder() / ("K7Q2-" + std::to_string(first->id) + ".pdf"));
    CHECK(helder::test::readFile(*spool->fileOf(first->id)) == "%PDF-first");
    CHECK(helder::test::readFile(*spool->fileOf(second->id)) == "%PDF-second");
    CHECK(permissions(*spool->fileOf(first->id)) == 0600);
    CHECK(spool->jobState(first->id) == JobState::Completed);
    CHECK(spool->waitForJob(second->id, std::chrono::milliseconds(0)) == JobState::Completed);
    CHECK(spool->jobState(12345).error().code == "job-missing");
    CHECK(spool->unfinishedJobs("K7Q2")->empty());
    auto status = spool->status();
    REQUIRE(status.has_value());
    CHECK(status->state == "idle");
    CHECK(status->acceptingJobs);
}

TEST_CASE("a title never becomes a path, and files of an earlier run are kept")
{
    ScratchFolder scratch;
    fs::create_directory(scratch.path / "spool");
    {
        std::FILE* earlier = std::fopen((scratch.path / "spool" / "AB-1.pdf").c_str(), "w");
        REQUIRE(earlier != nullptr);
        std::fputs("earlier", earlier);
        std::fclose(earlier);
    }
    auto spool = SpoolFolder::openAt(scratch.path / "spool");
    REQUIRE(spool.has_value());
    auto job = spool->submit(request("AB", "%PDF-now"));
    REQUIRE(job.has_value());
    CHECK(helder::test::readFile(scratch.path / "spool" / "AB-1.pdf") == "earlier");
    CHECK(helder::test::readFile(*spool->fileOf(job->id)) == "%PDF-now");

    auto sneaky = spool->submit(request("../../escape", "%PDF-sneaky"));
    REQUIRE(sneaky.has_value());
    CHECK(spool->fileOf(sneaky->id)->parent_path() == spool->folder());
}

TEST_CASE("files older than the retention are deleted at the next submit")
{
    ScratchFolder scratch;
    auto spool = SpoolFolder::openAt(scratch.path / "spool");
    REQUIRE(spool.has_value());
    auto old = spool->submit(request("OLD", "%PDF-old"));
    auto recent = spool->submit(request("NEW", "%PDF-new"));
    REQUIRE(old.has_value());
    REQUIRE(recent.has_value());
    fs::last_write_time(*spool->fileOf(old->id), fs::file_time_type::clock::now() - std::chrono::minutes(16));
    fs::last_write_time(*spool->fileOf(recent->id), fs::file_time_type::clock::now() - std::chrono::minutes(14));
    auto next = spool->submit(request("NEXT", "%PDF-next"));
    REQUIRE(next.has_value());
    CHECK_FALSE(fs::exists(*spool->fileOf(old->id)));
    CHECK(fs::exists(*spool->fileOf(recent->id)));
    CHECK(fs::exists(*spool->fileOf(next->id)));
}

TEST_CASE("expired files of an earlier run are deleted when the folder is opened")
{
    ScratchFolder scratch;
    fs::create_directory(scratch.path / "spool");
    const fs::path expired = scratch.path / "spool" / "OLD-1.pdf";
    const fs::path fresh = scratch.path / "spool" / "NEW-2.pdf";
    for (const fs::path& file : {expired, fresh}) {
        std::FILE* out = std::fopen(file.c_str(), "w");
        REQUIRE(out != nullptr);
        std::fclose(out);
    }
    fs::last_write_time(expired, fs::file_time_type::clock::now() - std::chrono::minutes(20));
    auto spool = SpoolFolder::openAt(scratch.path / "spool");
    REQUIRE(spool.has_value());
    CHECK_FALSE(fs::exists(expired));
    CHECK(fs::exists(fresh));
}

TEST_CASE("a retention of zero deletes every earlier file at the next submit")
{
    ScratchFolder scratch;
    auto spool = SpoolFolder::openAt(scratch.path / "spool", std::chrono::seconds(0));
    REQUIRE(spool.has_value());
    auto first = spool->submit(request("ONE", "%PDF-one"));
    REQUIRE(first.has_value());
    CHECK(fs::exists(*spool->fileOf(first->id)));
    auto second = spool->submit(request("TWO", "%PDF-two"));
    REQUIRE(second.has_value());
    CHECK_FALSE(fs::exists(*spool->fileOf(first->id)));
    CHECK(fs::exists(*spool->fileOf(second->id)));
}

TEST_CASE("a spool folder that disappeared is reported as stopped")
{
    ScratchFolder scratch;
    auto spool = SpoolFolder::openAt(scratch.path / "spool");
    REQUIRE(spool.has_value());
    fs::remove_all(spool->folder());
    auto status = spool->status();
    REQUIRE(status.has_value());
    CHECK(status->state == "stopped");
    CHECK_FALSE(status->acceptingJobs);
    CHECK(spool->submit(request("GONE", "%PDF")).error().code == "write-failed");
}
