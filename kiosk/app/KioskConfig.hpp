#pragma once
// The kiosk's JSON config (--config PATH); every key is optional and unknown keys are errors,
// so that a typo does not silently fall back to a default:
//   {"forms_folder": "/usr/share/helder/forms", "locales_folder": "/usr/share/helder/locales",
//    "spool_folder": "/run/helder/spool", "idle_timeout_seconds": 90}

#include <cstdint>
#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace helder::app {

struct KioskConfig {
    std::optional<std::filesystem::path> formsFolder;
    std::optional<std::filesystem::path> localesFolder;
    std::optional<std::filesystem::path> spoolFolder;
    std::int64_t idleTimeoutSeconds = 90;

    // The error says what is wrong and where, for the log and staff.
    [[nodiscard]] static std::expected<KioskConfig, std::string> parse(std::string_view text);
    [[nodiscard]] static std::expected<KioskConfig, std::string> read(const std::filesystem::path& path);
};

} // namespace helder::app
