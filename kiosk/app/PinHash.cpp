#include "app/PinHash.hpp"

#include <sodium.h>

#include <algorithm>

namespace helder::app {
namespace {

bool sodiumReady()
{
    // sodium_init is idempotent and thread-safe; it returns 1 when already initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

bool isWellFormedPin(std::string_view pin)
{
    return pin.size() >= shortestPin && pin.size() <= longestPin
        && std::ranges::all_of(pin, [](char c) { return c >= '0' && c <= '9'; });
}

std::expected<std::string, std::string> hashPin(std::string_view pin)
{
    if (!isWellFormedPin(pin)) {
        return std::unexpected("a PIN is 4 to 12 digits");
    }
    if (!sodiumReady()) {
        return std::unexpected("libsodium could not start");
    }
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return std::unexpected("not enough memory to hash the PIN");
    }
    return std::string(hash);
}

bool verifyPin(std::string_view hash, std::string_view pin)
{
    if (!isWellFormedPin(pin) || hash.empty() || hash.size() >= crypto_pwhash_STRBYTES || !sodiumReady()) {
        return false;
    }
    // The library wants a terminated string of at most STRBYTES.
    char terminated[crypto_pwhash_STRBYTES] = {};
    std::ranges::copy(hash, terminated);
    return crypto_pwhash_str_verify(terminated, pin.data(), pin.size()) == 0;
}

} // namespace helder::app
