#pragma once
// Runs a job in a forked child with CPU time, wall-clock time, memory and output limits (DESIGN §7), so that a
// fault inside PoDoFo on a hostile PDF (a crash, a loop, runaway allocation) becomes an error
// message for the caller instead of taking the kiosk down. The job writes its result into an
// anonymous shared-memory file that the parent maps once the child has ended: a filled form of a
// megabyte is neither piped nor copied on its way back.

#include "printer/MappedBytes.hpp"

#include <chrono>
#include <cstddef>
#include <expected>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

namespace helder::printer {

struct ProcessLimits {
    std::chrono::seconds cpu{10};
    // A child that uses no CPU, waiting for a lock that another thread of the parent held at the
    // fork and that no one in the child will release, ends only by this limit.
    std::chrono::seconds wallClock{30};
    std::size_t memoryBytes = std::size_t{512} << 20U;  // beyond what the child already has mapped
    std::size_t outputBytes = std::size_t{64} << 20U;
};

// Appends a piece to the child's result; false once it cannot (the output limit, a write error),
// and the job should then stop.
using ResultWriter = std::function<bool(std::string_view piece)>;
// Runs in the child: writes the result, piece by piece. false: the child fails.
using ChildJob = std::function<bool(const ResultWriter& write)>;

// Held by runInChild while it forks. A child inherits every lock that another thread held at
// that moment, and nobody in the child releases it: a thread that works with the libraries a
// child uses (the allocator, ICU, fontconfig, FreeType, HarfBuzz), as the kiosk's drawing does,
// holds this gate while it works, so no child starts with one of their locks taken.
std::mutex& forkGate();

// What the job wrote in the child, or why the child gave nothing: killed by a signal (CPU limit,
// crash), stopped after wallClock, ran out of memory, wrote more than outputBytes, or could not be
// started.
std::expected<MappedBytes, std::string> runInChild(const ChildJob& job, const ProcessLimits& limits);

} // namespace helder::printer
