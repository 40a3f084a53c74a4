#include "printer/MappedBytes.hpp"

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace helder::printer {

std::expected<MappedBytes, std::string> MappedBytes::ofFile(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(std::string(std::strerror(errno)));
    struct stat file {};
    if (::fstat(fd, &file) != 0 || !S_ISREG(file.st_mode)) {
        const int error = S_ISREG(file.st_mode) ? errno : EINVAL;
        ::close(fd);
        return std::unexpected(error == EINVAL ? std::string("not a regular file") : std::string(std::strerror(error)));
    }
    auto mapped = ofDescriptor(fd, static_cast<std::size_t>(file.st_size));
    ::close(fd);
    return mapped;
}

std::expected<MappedBytes, std::string> MappedBytes::ofDescriptor(int fd, std::size_t size)
{
    if (size == 0)
        return MappedBytes();
    void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (mapped == MAP_FAILED)
        return std::unexpected(std::string(std::strerror(errno)));
    return MappedBytes(static_cast<const std::byte*>(mapped), size);
}

MappedBytes::MappedBytes(const std::byte* data, std::size_t size)
    : m_data(data), m_size(size)
{
}

MappedBytes::~MappedBytes()
{
    if (m_data != nullptr)
        ::munmap(const_cast<std::byte*>(m_data), m_size);
}

MappedBytes::MappedBytes(MappedBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

MappedBytes& MappedBytes::operator=(MappedBytes&& other) noexcept
{
    if (this != &other) {
        MappedBytes old(std::move(*this));
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

} // namespace helder::printer
