#pragma once
// A fill result as bytes, to come back from the child process that filled (ChildProcess.hpp).

#include "printer/FormFiller.hpp"

#include <expected>
#include <optional>
#include <string>
#include <string_view>

namespace helder::printer {

std::string encodeFillResult(const std::expected<FillReport, FillError>& result);
// std::nullopt when the bytes are not a whole encoded result.
std::optional<std::expected<FillReport, FillError>> decodeFillResult(std::string_view bytes);

} // namespace helder::printer
