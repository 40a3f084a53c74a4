#pragma once
// The kiosk's JSON config (--config PATH, /etc/helder/config.json when installed). Every key is
// optional and unknown keys are errors, so that a typo does not silently fall back to a default.
// The keys, their types and limits are documented in packaging/config.schema.json and the README:
//   $schema                     ignored: lets editors find packaging/config.schema.json
//   forms_folder, local_forms_folder, locales_folder   folders (a local form with the same id wins)
//   languages                   interface languages offered, in order (default: every locale found)
//   printer_queue               CUPS queue; without it the spool folder stands in for the printer
//   copies (1-5), duplex        for the CUPS job
//   print_timeout_seconds       how long a job is followed before the visitor is sent to the desk
//   spool_folder, spool_retention_minutes
//   postcodes_file              the official postcode list (CSV), for the postcode check
//   idle_timeout_seconds        30-3600
//   worker_language             the review sheet's worker language (default: the form's official one)
//   staff_pin_hash              from `helder-forms hash-pin`; without it staff mode is off
//   counters_file               anonymous daily counters, Prometheus text format

#include <cstdint>
#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helder::app {

struct KioskConfig {
    std::optional<std::filesystem::path> formsFolder;
    std::optional<std::filesystem::path> localFormsFolder;
    std::optional<std::filesystem::path> localesFolder;
    std::vector<std::string> languages; // empty: every interface language found
    std::optional<std::string> printerQueue;
    std::int64_t copies = 1;
    bool duplex = false;
    std::int64_t printTimeoutSeconds = 120;
    std::optional<std::filesystem::path> spoolFolder;
    std::int64_t spoolRetentionMinutes = 15;
    std::optional<std::filesystem::path> postcodesFile;
    std::int64_t idleTimeoutSeconds = 90;
    std::optional<std::string> workerLanguage;
    std::optional<std::string> staffPinHash;
    std::optional<std::filesystem::path> countersFile;

    // The error says what is wrong and where, for the log and staff.
    [[nodiscard]] static std::expected<KioskConfig, std::string> parse(std::string_view text);
    [[nodiscard]] static std::expected<KioskConfig, std::string> read(const std::filesystem::path& path);
};

} // namespace helder::app
