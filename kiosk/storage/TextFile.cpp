#include "storage/TextFile.hpp"

#include <array>
#include <fstream>
#include <system_error>

namespace helder::storage {
namespace {

std::unexpected<core::Diagnostic> failure(const std::filesystem::path& path, std::string code, std::string message)
{
    return std::unexpected(core::Diagnostic{core::Severity::Error, std::move(code), path.generic_string(), "",
                                            {}, std::move(message)});
}

} // namespace

std::expected<std::string, core::Diagnostic> readTextFile(const std::filesystem::path& path,
                                                          std::uintmax_t maxBytes)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        return failure(path, "missing-file", "file not found");
    }
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error) {
        return failure(path, "unreadable-file", "cannot read the file: " + error.message());
    }
    if (size > maxBytes) {
        return failure(path, "file-too-large", "the file has " + std::to_string(size) + " bytes; at most "
            + std::to_string(maxBytes) + " are read");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return failure(path, "unreadable-file", "cannot open the file");
    }
    // In chunks, into a string of the measured size: a buffer of the limit's size (megabytes) would
    // be zeroed for every small file, and fresh memory is slow to touch (issue 12). Reading stops
    // past the limit: the file may have grown since it was measured.
    std::string text;
    text.reserve(static_cast<std::size_t>(size) + 1);
    std::array<char, 64 * 1024> chunk{};
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (text.size() > maxBytes) {
            return failure(path, "file-too-large", "the file has more than " + std::to_string(maxBytes) + " bytes");
        }
    }
    if (in.bad()) {
        return failure(path, "unreadable-file", "cannot read the file");
    }
    return text;
}

} // namespace helder::storage
