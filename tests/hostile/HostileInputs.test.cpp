// Issue 15: each hostile file gets a clear message from helder-forms (exit 1, or 0 where the file is
// merely unusual), within 20 s and 2 GiB of address space, never a crash or a hang.

#include "BoundedRun.hpp"
#include "HostilePdf.hpp"
#include "HostileTemplates.hpp"
#include "ScratchFolder.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <ostream>

namespace {

using namespace helder::hostile;
namespace fs = std::filesystem;

const std::string helderForms = HELDER_FORMS_BINARY;

// How it ended, for the failure message.
std::string describe(const RunResult& run)
{
    return "exit " + std::to_string(run.exitCode) + ", signal " + std::to_string(run.signal)
         + (run.timedOut ? ", killed at the time limit" : "") + ", " + std::to_string(run.elapsed.count()) + " ms, "
         + std::to_string(run.peakResidentKb / 1024) + " MB\nstdout: " + run.out.substr(0, 400)
         + "\nstderr: " + run.err.substr(0, 400);
}

// The CLI's contract for bad input: exit 1, a message on stderr that says what is wrong, no crash.
void checkClearError(const RunResult& run, const std::string& expected)
{
    INFO(describe(run));
    CHECK_FALSE(run.timedOut);
    CHECK(run.signal == 0);
    CHECK(run.exitCode == 1);
    CHECK((run.out + run.err).find(expected) != std::string::npos);
}

fs::path writePdf(const helder::test::ScratchFolder& scratch, const std::string& name, const std::string& bytes)
{
    const fs::path path = scratch.path() / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

RunResult fillOneField(const helder::test::ScratchFolder& scratch, const fs::path& pdf, const std::string& field)
{
    const fs::path values = scratch.path() / "values.json";
    std::ofstream(values, std::ios::binary) << "{\"" << field << "\": \"Łódź محمد\"}";
    return runBounded({helderForms, "fill", pdf.string(), "--values", values.string(), "--out",
                       (scratch.path() / "out.pdf").string()},
                      scratch.path());
}

} // namespace

TEST_CASE("a field tree whose /Kids point back at their parent")
{
    const helder::test::ScratchFolder scratch;
    const auto pdf = writePdf(scratch, "loop.pdf", parentLoop());
    const auto fields = runBounded({helderForms, "fields", pdf.string()}, scratch.path());
    INFO(describe(fields));
    CHECK(fields.exitCode == 0);
    CHECK(fields.out.find("loop") != std::string::npos);
    checkClearError(fillOneField(scratch, pdf, "nothing.here"), "nothing.here");
}

TEST_CASE("fields nested 10,000 deep")
{
    const helder::test::ScratchFolder scratch;
    const auto pdf = writePdf(scratch, "deep.pdf", deepFields(10'000));
    checkClearError(runBounded({helderForms, "fields", pdf.string()}, scratch.path()), "deep");
}

TEST_CASE("100,000 widgets")
{
    const helder::test::ScratchFolder scratch;
    const auto pdf = writePdf(scratch, "many.pdf", manyWidgets(100'000));
    checkClearError(runBounded({helderForms, "fields", pdf.string()}, scratch.path()), "fields");
}

TEST_CASE("a stream whose /Length lies")
{
    const helder::test::ScratchFolder scratch;
    const auto pdf = writePdf(scratch, "length.pdf", lyingStreamLength());
    const auto fill = fillOneField(scratch, pdf, "name");
    INFO(describe(fill));
    CHECK_FALSE(fill.timedOut);
    CHECK(fill.signal == 0);
    // The stream is recovered at its endstream keyword, as viewers do, and the field is filled.
    CHECK(fill.exitCode == 0);
    CHECK(fs::file_size(scratch.path() / "out.pdf") > 0);
}

TEST_CASE("an object stream that extends and contains itself")
{
    const helder::test::ScratchFolder scratch;
    const auto pdf = writePdf(scratch, "objstm.pdf", selfReferentialObjectStream());
    const auto fields = runBounded({helderForms, "fields", pdf.string()}, scratch.path());
    INFO(describe(fields));
    CHECK_FALSE(fields.timedOut);
    CHECK(fields.signal == 0);
    CHECK((fields.exitCode == 0 || fields.exitCode == 1));
    CHECK_FALSE((fields.out + fields.err).empty());
}

TEST_CASE("an image that claims 1.2 GB of pixels")
{
    const helder::test::ScratchFolder scratch;
    const auto pdf = writePdf(scratch, "image.pdf", hugeClaimedImage());
    // Filling never decodes page images: the claim costs nothing and the field is filled.
    const auto fill = fillOneField(scratch, pdf, "name");
    INFO(describe(fill));
    CHECK(fill.exitCode == 0);
    CHECK(fill.peakResidentKb < 512 * 1024);
    const auto flattened = runBounded({helderForms, "fill", pdf.string(), "--values", (scratch.path() / "values.json").string(),
                                       "--out", (scratch.path() / "flat.pdf").string(), "--flatten"},
                                      scratch.path());
    INFO(describe(flattened));
    CHECK(flattened.exitCode == 0);
}

TEST_CASE("encryption with a security handler nobody knows")
{
    const helder::test::ScratchFolder scratch;
    const auto pdf = writePdf(scratch, "encrypted.pdf", unknownEncryption());
    checkClearError(runBounded({helderForms, "fields", pdf.string()}, scratch.path()), "encrypt");
    checkClearError(fillOneField(scratch, pdf, "name"), "encrypt");
}

TEST_CASE("a trailer that claims 8 million objects")
{
    const helder::test::ScratchFolder scratch;
    const auto pdf = writePdf(scratch, "size.pdf", claimedObjectCount());
    // The claim is refused and the objects really there are read: the field is found and filled.
    const auto fields = runBounded({helderForms, "fields", pdf.string()}, scratch.path());
    INFO(describe(fields));
    CHECK(fields.exitCode == 0);
    CHECK(fields.out.find("name") != std::string::npos);
    CHECK(fields.peakResidentKb < 128 * 1024);
    const auto fill = fillOneField(scratch, pdf, "name");
    INFO(describe(fill));
    CHECK(fill.exitCode == 0);
    CHECK(fill.peakResidentKb < 128 * 1024);
}

TEST_CASE("a broken cross-reference table and an object numbered 7,999,999")
{
    const helder::test::ScratchFolder scratch;
    const auto pdf = writePdf(scratch, "far.pdf", farObjectNumber());
    const auto fields = runBounded({helderForms, "fields", pdf.string()}, scratch.path());
    INFO(describe(fields));
    CHECK(fields.exitCode == 0);
    CHECK(fields.out.find("name") != std::string::npos);
    CHECK(fields.peakResidentKb < 128 * 1024);
}

TEST_CASE("a template with 10,000 questions")
{
    const helder::test::ScratchFolder scratch;
    checkClearError(runBounded({helderForms, "check", manyQuestions(scratch.path(), 10'000).string()}, scratch.path()),
                    "questions");
}

TEST_CASE("an expression nested 10,000 deep")
{
    const helder::test::ScratchFolder scratch;
    checkClearError(runBounded({helderForms, "check", deepExpression(scratch.path(), 10'000).string()}, scratch.path()),
                    "deep");
}

TEST_CASE("a 100 MB template file")
{
    const helder::test::ScratchFolder scratch;
    checkClearError(runBounded({helderForms, "check", hugeFile(scratch.path(), 100).string()}, scratch.path()),
                    "at most");
}

TEST_CASE("invalid UTF-8 in every string of a template")
{
    const helder::test::ScratchFolder scratch;
    checkClearError(runBounded({helderForms, "check", invalidUtf8(scratch.path()).string()}, scratch.path()), "UTF-8");
}
