#pragma once
// A fresh folder under the system temp directory, removed when the test ends.

#include <filesystem>
#include <random>
#include <string>

namespace helder::test {

class ScratchFolder {
public:
    ScratchFolder()
    {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("helder-test-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~ScratchFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const std::filesystem::path& path() const { return m_path; }

    // A copy of a folder of the repository, under the same name.
    std::filesystem::path copyOf(const std::filesystem::path& source) const
    {
        const std::filesystem::path target = m_path / source.filename();
        std::filesystem::copy(source, target, std::filesystem::copy_options::recursive);
        return target;
    }

private:
    std::filesystem::path m_path;
};

} // namespace helder::test
