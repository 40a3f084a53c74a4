#include "printer/ChildProcess.hpp"
#include "printer/FormFiller.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <unistd.h>
#include <vector>

using helder::printer::ProcessLimits;
using helder::printer::runInChild;

// AddressSanitizer catches a crash or an allocation failure itself and exits with status 1: the
// child still fails cleanly, but the message cannot name the cause.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

using helder::printer::ResultWriter;

TEST_CASE("a child's result comes back whole, in the pieces it was written in")
{
    const auto result = runInChild([](const ResultWriter& write) {
        return write(std::string(200000, 'x')) && write("") && write("end");
    }, {});
    REQUIRE_MESSAGE(result.has_value(), result.error());
    CHECK(result->text().size() == 200003);
    CHECK(result->text().ends_with("xend"));

    const auto nothing = runInChild([](const ResultWriter&) { return true; }, {});
    REQUIRE(nothing.has_value());
    CHECK(nothing->text().empty());

    const auto refused = runInChild([](const ResultWriter& write) { return write("half") && false; }, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().find("failed") != std::string::npos);
}

TEST_CASE("a crash, a loop, runaway memory and too much output are errors, not crashes")
{
    const auto crashed = runInChild([](const ResultWriter&) {
        std::raise(SIGSEGV);
        return true;
    }, {});
    REQUIRE_FALSE(crashed.has_value());
    CHECK((kSanitized || crashed.error().find("crashed") != std::string::npos));

    ProcessLimits oneSecond;
    oneSecond.cpu = std::chrono::seconds(1);
    const auto looped = runInChild([](const ResultWriter&) {
        volatile unsigned long spin = 0;
        for (;;)
            spin = spin + 1;
        return true;
    }, oneSecond);
    REQUIRE_FALSE(looped.has_value());
    CHECK(looped.error().find("CPU time") != std::string::npos);

    // A child that waits forever without using CPU (a lock held at the fork by another thread).
    ProcessLimits oneSecondOfWaiting;
    oneSecondOfWaiting.wallClock = std::chrono::seconds(1);
    const auto waited = runInChild([](const ResultWriter&) {
        ::pause();
        return true;
    }, oneSecondOfWaiting);
    REQUIRE_FALSE(waited.has_value());
    CHECK(waited.error() == "processing took longer than 1 s and was stopped");

    ProcessLimits smallMemory;
    smallMemory.memoryBytes = std::size_t{64} << 20U;
    const auto greedy = runInChild([](const ResultWriter&) {
        std::vector<std::string> blocks;
        for (;;)
            blocks.emplace_back(std::size_t{16} << 20U, 'x');
        return true;
    }, smallMemory);
    REQUIRE_FALSE(greedy.has_value());
    CHECK((kSanitized || greedy.error().find("memory") != std::string::npos));

    ProcessLimits smallOutput;
    smallOutput.outputBytes = 1000;
    const auto verbose = runInChild([](const ResultWriter& write) {
        for (int i = 0; i < 5000; ++i) {
            if (!write("x"))
                return false;
        }
        return true;
    }, smallOutput);
    REQUIRE_FALSE(verbose.has_value());
    CHECK(verbose.error().find("larger than") != std::string::npos);
}

TEST_CASE("an isolated fill gives the same result as an in-process one")
{
    auto filler = helder::printer::FormFiller::create();
    REQUIRE(filler.has_value());
    const std::string form = helder::test::readFile(helder::test::fixture("printer/form.pdf"));
    const auto bytes = std::as_bytes(std::span(form.data(), form.size()));
    const std::vector<helder::printer::FieldValue> values{{"name", std::string("Київ"), {}}, {"agree", true, {}}};
    const auto direct = filler->fill(bytes, values, {});
    const auto isolated = filler->fillIsolated(bytes, values, {});
    REQUIRE_MESSAGE(isolated.has_value(), isolated.error().message);
    REQUIRE(direct.has_value());
    CHECK(isolated->pdf.size() == direct->pdf.size());
    CHECK(isolated->filled == direct->filled);
    const auto fields = helder::printer::readFields(isolated->pdf);
    REQUIRE(fields.has_value());

    const auto refused = filler->fillIsolated(bytes, {{"nope", std::string("x"), {}}}, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == "unknown-field");
    CHECK_FALSE(refused.error().suggestions.empty());
}
