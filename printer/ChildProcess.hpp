#pragma once
// Runs a job in a forked child with CPU time, memory and output limits (DESIGN §7), so that a
// fault inside PoDoFo on a hostile PDF (a crash, a loop, runaway allocation) becomes an error
// message for the caller instead of taking the kiosk down. The job's result comes back as bytes
// over a pipe.

#include <chrono>
#include <cstddef>
#include <expected>
#include <functional>
#include <string>

namespace helder::printer {

struct ProcessLimits {
    std::chrono::seconds cpu{10};
    std::size_t memoryBytes = std::size_t{512} << 20U;  // beyond what the child already has mapped
    std::size_t outputBytes = std::size_t{64} << 20U;
};

// The bytes `job` returned in the child, or why the child gave none: killed by a signal (CPU
// limit, crash), ran out of memory, wrote more than outputBytes, or could not be started.
std::expected<std::string, std::string> runInChild(const std::function<std::string()>& job, const ProcessLimits& limits);

} // namespace helder::printer
