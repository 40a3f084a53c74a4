#pragma once
// Reads a small text file whole, refusing files above a size limit so that a stray large file in
// a form folder cannot exhaust memory.

#include "core/Diagnostic.hpp"

#include <cstdint>
#include <expected>
#include <filesystem>
#include <string>

namespace helder::storage {

// Errors: "missing-file", "file-too-large", "unreadable-file"; the Diagnostic's file is `path`.
std::expected<std::string, core::Diagnostic> readTextFile(const std::filesystem::path& path,
                                                          std::uintmax_t maxBytes);

} // namespace helder::storage
