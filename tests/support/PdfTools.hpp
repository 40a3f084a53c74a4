#pragma once
// Poppler's command-line tools on filled PDFs: what a reader would see and extract.

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <span>
#include <string>
#include <unistd.h>

namespace helder::test {

inline std::filesystem::path writeTemporaryPdf(std::span<const std::byte> bytes, const std::string& stem)
{
    const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                       (stem + "-" + std::to_string(::getpid()) + ".pdf");
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return path;
}

inline std::string commandOutput(const std::string& command)
{
    std::string output;
    const std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    if (!pipe)
        return output;
    char buffer[4096];
    std::size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0)
        output.append(buffer, read);
    return output;
}

inline std::string pdfText(const std::filesystem::path& pdf)
{
    return commandOutput("pdftotext -q -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null");
}

} // namespace helder::test
