// helder-forms hash-pin: the PIN rules, a hash the kiosk's check accepts, a fresh salt each time,
// and the real program reading a pipe.

#include "app/PinHash.hpp"
#include "tools/HashPinCommand.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

using helder::app::verifyPin;

namespace {

struct HashRun {
    int code = 0;
    std::string out;
    std::string err;
};

HashRun hashPin(const std::string& input, bool terminal = false, std::vector<std::string> args = {})
{
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    const int code = helder::tools::runHashPinCommand(args, in, out, err, terminal);
    return {code, out.str(), err.str()};
}

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

} // namespace

TEST_CASE("hash-pin prints an argon2id hash that the kiosk's check accepts")
{
    const HashRun run = hashPin("4815\n");
    REQUIRE(run.code == 0);
    const std::string hash = firstLine(run.out);
    CHECK(hash.starts_with("$argon2id$"));
    CHECK(run.out == hash + "\n");
    CHECK(hash.find("4815") == std::string::npos);
    CHECK(verifyPin(hash, "4815"));
    CHECK_FALSE(verifyPin(hash, "4816"));
    CHECK_FALSE(verifyPin(hash, "48150"));
    CHECK_FALSE(verifyPin("$argon2id$broken", "4815"));
    CHECK_FALSE(verifyPin("", "4815"));
}

TEST_CASE("hash-pin salts: the same PIN gives two different hashes, both valid")
{
    const std::string first = firstLine(hashPin("123456789012\r\n").out);
    const std::string second = firstLine(hashPin("123456789012").out);
    REQUIRE_FALSE(first.empty());
    REQUIRE_FALSE(second.empty());
    CHECK(first != second);
    CHECK(verifyPin(first, "123456789012"));
    CHECK(verifyPin(second, "123456789012"));
}

TEST_CASE("hash-pin refuses what is not 4 to 12 digits, with exit 1 and nothing on stdout")
{
    for (const std::string bad : {"123\n", "1234567890123\n", "12a4\n", " 1234\n", "1234 \n", "\n", "",
                                  "١٢٣٤\n"}) {
        INFO("input: " << bad);
        const HashRun run = hashPin(bad);
        CHECK(run.code == 1);
        CHECK(run.out.empty());
        CHECK_FALSE(run.err.empty());
    }
    CHECK(hashPin("1234\n", false, {"extra"}).code == 2);
}

TEST_CASE("hash-pin on a terminal asks twice and refuses two different PINs")
{
    const HashRun same = hashPin("2468\n2468\n", true);
    CHECK(same.code == 0);
    CHECK(verifyPin(firstLine(same.out), "2468"));
    CHECK(same.err.find("again") != std::string::npos);

    const HashRun different = hashPin("2468\n2469\n", true);
    CHECK(different.code == 1);
    CHECK(different.out.empty());
    CHECK(different.err.find("differ") != std::string::npos);
}

TEST_CASE("the helder-forms program reads the PIN from a pipe")
{
    const std::string command = "printf '97531\\n' | '" HELDER_FORMS_BINARY "' hash-pin";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string out;
    std::array<char, 256> buffer{};
    while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe) != nullptr) {
        out += buffer.data();
    }
    const int status = pclose(pipe);
    CHECK(status == 0);
    CHECK(verifyPin(firstLine(out), "97531"));

    CHECK(std::system("printf 'abcd\\n' | '" HELDER_FORMS_BINARY "' hash-pin 2>/dev/null >/dev/null") != 0);
}
