#pragma once
// The config's postcodes_file: the operator-installed official list (`postcode,place` CSV) read into
// a core::PostcodeTable. A missing or broken file is an error for the log and staff mode, never
// for the visitor: without a table, postcodes are checked by range and the place is typed.

#include "core/PostcodeTable.hpp"

#include <expected>
#include <filesystem>
#include <string>

namespace helder::app {

// The error names the file and, for a bad row, its line.
std::expected<core::PostcodeTable, std::string> readPostcodeFile(const std::filesystem::path& file);

} // namespace helder::app
