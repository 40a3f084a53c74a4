#pragma once
// A fill result as bytes, to come back from the child process that filled (ChildProcess.hpp).

#include "printer/ChildProcess.hpp"
#include "printer/FormFiller.hpp"

#include <expected>
#include <optional>
#include <string>
#include <string_view>

namespace helder::printer {

// Writes `result` in pieces, its PDF without a copy; false when `write` refused a piece.
bool writeFillResult(const std::expected<FillReport, FillError>& result, const ResultWriter& write);
// std::nullopt when the bytes are not a whole encoded result.
std::optional<std::expected<FillReport, FillError>> decodeFillResult(std::string_view bytes);

} // namespace helder::printer
