#pragma once
// The staff PIN (DESIGN §7): 4 to 12 digits, stored only as a salted libsodium hash (argon2id,
// interactive limits) made by `helder-forms hash-pin`; the kiosk verifies a typed PIN against it.
// Shared by the kiosk and helder-forms (library helder::pinhash), so both agree on what a PIN is.

#include <cstddef>
#include <expected>
#include <string>
#include <string_view>

namespace helder::app {

inline constexpr std::size_t shortestPin = 4;
inline constexpr std::size_t longestPin = 12;

// 4 to 12 ASCII digits.
[[nodiscard]] bool isWellFormedPin(std::string_view pin);

// crypto_pwhash_str with a fresh salt; the error says why (a malformed PIN, or libsodium failing
// to start or to get memory).
[[nodiscard]] std::expected<std::string, std::string> hashPin(std::string_view pin);

// True only when `pin` is well formed and matches `hash`; a malformed hash is no match.
[[nodiscard]] bool verifyPin(std::string_view hash, std::string_view pin);

} // namespace helder::app
