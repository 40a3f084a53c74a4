#pragma once
// `helder-forms hash-pin`: reads the staff PIN (4 to 12 digits) on stdin and prints its salted
// hash (libsodium crypto_pwhash_str, argon2id) for the kiosk config's "staff_pin_hash". On a
// terminal the PIN is not echoed and is asked twice; from a pipe the first line is the PIN.

#include <iosfwd>
#include <string>
#include <vector>

namespace helder::tools {

// args are the words after "hash-pin" (none are accepted). `terminal`: `in` is the keyboard of a
// terminal (stdin is a tty): prompts go to err, the PIN is typed twice. Returns 0 with the hash on
// out, 1 on a malformed or mismatched PIN, 2 on a usage error.
int runHashPinCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                      std::ostream& err, bool terminal);

} // namespace helder::tools
