#pragma once
// A last resort for PDFs whose cross-reference table is wrong (offsets shifted by an editor that
// rewrote the file, a missing or broken startxref): PoDoFo 0.9.8 gives up on those, so a fresh
// xref section and trailer are appended, built by scanning the file for "N G obj" headers.

#include <optional>
#include <string>
#include <string_view>

namespace helder::printer {

// The file with a new xref table and trailer appended (the last definition of an object wins),
// or std::nullopt when no catalog can be found. Objects inside object streams are not found, nor
// objects numbered above `maxObjectNumber` (a reference to one reads as null).
std::optional<std::string> repairXref(std::string_view pdf, unsigned long maxObjectNumber);

} // namespace helder::printer
