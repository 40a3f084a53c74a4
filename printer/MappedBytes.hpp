#pragma once
// Bytes mapped read-only into memory: a PDF file, or what a child process wrote (ChildProcess.hpp).
// On the virtual machines Helder is built on a page fault costs some 16 µs, so a megabyte copied
// into fresh memory costs 4 ms before anything is done with it; a mapping made with MAP_POPULATE
// sets up every page in one call.

#include <cstddef>
#include <expected>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace helder::printer {

class MappedBytes {
public:
    // The file's bytes; the error says why not (strerror). The file must not shrink meanwhile.
    static std::expected<MappedBytes, std::string> ofFile(const std::filesystem::path& path);
    // The first `size` bytes of the open file `fd`, which may be closed afterwards.
    static std::expected<MappedBytes, std::string> ofDescriptor(int fd, std::size_t size);

    MappedBytes() = default;
    ~MappedBytes();
    MappedBytes(MappedBytes&& other) noexcept;
    MappedBytes& operator=(MappedBytes&& other) noexcept;
    MappedBytes(const MappedBytes&) = delete;
    MappedBytes& operator=(const MappedBytes&) = delete;

    [[nodiscard]] std::span<const std::byte> bytes() const { return {m_data, m_size}; }
    [[nodiscard]] std::string_view text() const { return {reinterpret_cast<const char*>(m_data), m_size}; }

private:
    MappedBytes(const std::byte* data, std::size_t size);

    const std::byte* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace helder::printer
