// `helder-forms preview`: the real program, run without $DISPLAY so that it starts and stops its
// own Xvfb, writes one PNG per screen at the kiosk's size.

#include "CommandRun.hpp"
#include "PdfTools.hpp"
#include "ScratchFolder.hpp"
#include "TestPaths.hpp"
#include "tools/PreviewCommand.hpp"

#include <doctest/doctest.h>

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace helder;

namespace {

struct PreviewRun {
    int code = -1;
    std::string output;
};

// The program's exit code and everything it printed, with $DISPLAY removed.
PreviewRun runPreview(const std::vector<std::string>& args)
{
    std::string command = "env -u DISPLAY '" HELDER_FORMS_BINARY "' preview";
    for (const std::string& arg : args) {
        command += " '" + arg + "'";
    }
    command += " 2>&1";
    PreviewRun run;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (const std::size_t got = std::fread(buffer.data(), 1, buffer.size(), pipe)) {
        run.output.append(buffer.data(), got);
    }
    const int status = pclose(pipe);
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

struct PngSize {
    unsigned width = 0;
    unsigned height = 0;
};

// From the IHDR chunk, which a PNG file starts with.
PngSize pngSize(const std::string& bytes)
{
    REQUIRE(bytes.size() > 24);
    REQUIRE(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    auto big = [&](std::size_t at) {
        unsigned value = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            value = (value << 8U) | static_cast<unsigned char>(bytes[at + i]);
        }
        return value;
    };
    return {big(16), big(20)};
}

// File name → contents, of the PNG files in a folder.
std::map<std::string, std::string> pngs(const std::filesystem::path& folder)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() == ".png") {
            files[entry.path().filename().string()] = test::readFile(entry.path());
        }
    }
    return files;
}

} // namespace

TEST_CASE("preview of uitpas-kansentarief in nl and ar writes one 1920x1080 PNG per screen")
{
    const test::ScratchFolder scratch;
    const std::string form = (test::sourceDir() / "forms" / "uitpas-kansentarief").string();
    std::map<std::string, std::map<std::string, std::string>> byLanguage;
    for (const std::string language : {"nl", "ar"}) {
        const std::filesystem::path out = scratch.path() / language;
        const PreviewRun run = runPreview({form, "--lang", language, "--out", out.string()});
        INFO(run.output);
        REQUIRE(run.code == 0);
        byLanguage[language] = pngs(out);
        const auto& files = byLanguage[language];
        REQUIRE(files.size() > 20);
        // Numbered 01, 02, ... without gaps, from before-you-start to done.
        std::size_t index = 1;
        for (const auto& [name, bytes] : files) {
            INFO(name);
            CHECK(std::stoul(name.substr(0, name.find('-'))) == index++);
            const PngSize size = pngSize(bytes);
            CHECK(size.width == 1920);
            CHECK(size.height == 1080);
        }
        CHECK(files.begin()->first == "01-before-start.png");
        // The printout too: the review sheet in the form's language and the visitor's, then the form.
        const std::string printout = helder::test::pdfText(out / "printout.pdf");
        CHECK(printout.find("Amina") != std::string::npos);
        CHECK(printout.find("Pagina 1 van") != std::string::npos);
        CHECK(files.rbegin()->first.ends_with("-done.png"));
        for (const std::string screen : {"-question-postcode.png", "-question-postcode-help.png",
                                         "-household-overview-2.png", "-question-household-1-member_name.png",
                                         "-printing.png"}) {
            CHECK_MESSAGE(std::ranges::any_of(files, [&](const auto& file) { return file.first.ends_with(screen); }),
                          screen);
        }
    }
    // The same screens in both languages (the review list may take more pages in one), each
    // drawn differently.
    auto byScreen = [](const std::map<std::string, std::string>& files) {
        std::map<std::string, std::string> screens;
        for (const auto& [name, bytes] : files) {
            screens[name.substr(name.find('-') + 1)] = bytes;
        }
        return screens;
    };
    const auto nl = byScreen(byLanguage["nl"]);
    const auto ar = byScreen(byLanguage["ar"]);
    std::size_t compared = 0;
    for (const auto& [screen, bytes] : nl) {
        if (screen.starts_with("review-")) {
            continue;
        }
        INFO(screen);
        REQUIRE(ar.count(screen) == 1);
        CHECK_MESSAGE(bytes != ar.at(screen), screen << " is the same in nl and ar");
        ++compared;
    }
    CHECK(compared + static_cast<std::size_t>(std::ranges::count_if(
                         ar, [](const auto& file) { return file.first.starts_with("review-"); }))
          == ar.size());
}

TEST_CASE("preview --size draws at another size")
{
    const test::ScratchFolder scratch;
    const std::string form = (test::sourceDir() / "forms" / "uitpas-kansentarief").string();
    const PreviewRun run = runPreview({form, "--lang", "nl", "--out", scratch.path().string(), "--size", "600x960"});
    INFO(run.output);
    REQUIRE(run.code == 0);
    const auto files = pngs(scratch.path());
    REQUIRE_FALSE(files.empty());
    const PngSize size = pngSize(files.begin()->second);
    CHECK(size.width == 600);
    CHECK(size.height == 960);
}

TEST_CASE("preview of a folder that is no form fails with a message and draws nothing")
{
    const test::ScratchFolder scratch;
    const auto run = test::runCommand(tools::runPreviewCommand,
                                      {scratch.path().string(), "--lang", "nl", "--out", (scratch.path() / "out").string()});
    CHECK(run.code == 1);
    CHECK(run.err.find(scratch.path().string()) != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(scratch.path() / "out"));
}

TEST_CASE("preview refuses a language the kiosk does not offer, and a bad command line")
{
    const test::ScratchFolder scratch;
    const std::string form = (test::sourceDir() / "forms" / "uitpas-kansentarief").string();
    const auto unknown = test::runCommand(tools::runPreviewCommand,
                                          {form, "--lang", "xx", "--out", scratch.path().string()});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.find("\"xx\"") != std::string::npos);
    CHECK(test::runCommand(tools::runPreviewCommand, {form, "--lang", "nl"}).code == 2);
    CHECK(test::runCommand(tools::runPreviewCommand, {form, "--lang", "nl", "--out", "x", "--size", "big"}).code == 2);
}
