#pragma once
// Where tests find their material. Tests run from the source root (see cmake/HelderTesting.cmake).

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace helder::test {

inline std::filesystem::path sourceDir()
{
    const char* fromEnv = std::getenv("HELDER_SOURCE_DIR");
    return fromEnv && *fromEnv ? std::filesystem::path(fromEnv) : std::filesystem::current_path();
}

// ../shared beside the checkout unless HELDER_SHARED_DIR says otherwise.
inline std::filesystem::path sharedDir()
{
    const char* fromEnv = std::getenv("HELDER_SHARED_DIR");
    return fromEnv && *fromEnv ? std::filesystem::path(fromEnv) : sourceDir() / ".." / "shared";
}

inline bool sharedDirAvailable()
{
    return std::filesystem::is_directory(sharedDir() / "pdfs");
}

inline std::filesystem::path fixture(const std::string& relative)
{
    return sourceDir() / "tests" / "fixtures" / relative;
}

inline std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace helder::test
