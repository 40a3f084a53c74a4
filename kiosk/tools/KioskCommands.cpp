#include "tools/KioskCommands.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include <unistd.h>

namespace helder::tools {
namespace {

constexpr std::string_view kProgram = "helder-forms-kiosk";

std::filesystem::path kioskCommandsProgram()
{
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        std::filesystem::path beside = self.parent_path() / kProgram;
        if (::access(beside.c_str(), X_OK) == 0)
            return beside;
    }
    return std::filesystem::path(HELDER_LIBEXEC_DIR) / kProgram;
}

} // namespace

bool isKioskCommand(std::string_view command)
{
    return command == "check" || command == "preview" || command == "print";
}

int execKioskCommands(char** argv, std::ostream& err)
{
    const std::filesystem::path program = kioskCommandsProgram();
    ::execv(program.c_str(), argv);
    err << "helder-forms: cannot start " << program.string() << " for \"" << argv[1] << "\": " << std::strerror(errno)
        << " (is Helder installed completely?)\n";
    return 1;
}

} // namespace helder::tools
