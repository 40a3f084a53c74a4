#pragma once
// The embedded default output when no CUPS queue is configured (DESIGN §6): it stands in for the
// printer's paper tray, so each job's PDF lands as <title>-<n>.pdf in a runtime folder of mode 0700, and
// files older than the retention are deleted. Jobs are completed at once.

#include "printer/PrintOutput.hpp"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace helder::printer {

class SpoolFolder final : public PrintOutput {
public:
    static constexpr std::chrono::seconds defaultRetention = std::chrono::minutes(15);

    // The candidate places, in order of preference.
    struct Places {
        std::filesystem::path runtimeDir; // $XDG_RUNTIME_DIR; empty when unset
        std::filesystem::path systemdDir; // RuntimeDirectory=helder, used when it exists and is writable
        std::filesystem::path temporaryDir; // the last resort, with a warning
        // $XDG_RUNTIME_DIR, /run/helder and the system's temporary folder (normally /tmp).
        [[nodiscard]] static Places fromEnvironment();
    };

    // <runtimeDir>/helder/spool when runtimeDir is set, else <systemdDir>/spool, else a fresh 0700
    // folder in temporaryDir; in that last case warning() says so, for the caller to log. A retention of
    // 0 deletes files at the next submit.
    [[nodiscard]] static std::expected<SpoolFolder, PrintFault> open(std::chrono::seconds retention = defaultRetention);
    [[nodiscard]] static std::expected<SpoolFolder, PrintFault> open(const Places& places,
                                                                     std::chrono::seconds retention = defaultRetention);
    // In a given folder, created with mode 0700 when missing.
    [[nodiscard]] static std::expected<SpoolFolder, PrintFault> openAt(std::filesystem::path folder,
                                                                       std::chrono::seconds retention = defaultRetention);

    SpoolFolder(SpoolFolder&&) = default;
    SpoolFolder& operator=(SpoolFolder&&) = default;
    ~SpoolFolder() override = default;

    [[nodiscard]] std::expected<SubmittedJob, PrintFault> submit(const PrintJobRequest& request) override;
    [[nodiscard]] std::expected<JobState, PrintFault> jobState(int jobId) override;
    [[nodiscard]] std::expected<JobState, PrintFault> waitForJob(int jobId,
                                                                 std::chrono::milliseconds timeout) override;
    [[nodiscard]] std::expected<std::vector<int>, PrintFault> unfinishedJobs(const std::string& title) override;
    void cancelJobs(const std::string& title) override;
    [[nodiscard]] std::expected<PrinterStatus, PrintFault> status() override;
    [[nodiscard]] std::string describe() const override;

    // Deletes the PDFs older than the retention; opening and submit() call it too.
    void removeExpired();

    [[nodiscard]] const std::filesystem::path& folder() const { return m_folder; }
    [[nodiscard]] const std::string& warning() const { return m_warning; }
    // The jobs remembered for jobState() and fileOf(): a kiosk runs for weeks, and its print path
    // asks only about the job it has just submitted.
    static constexpr std::size_t rememberedJobs = 100;

    // The file a submitted job was written to (it may since have expired); nullopt for a job older
    // than the last rememberedJobs.
    [[nodiscard]] std::optional<std::filesystem::path> fileOf(int jobId) const;

private:
    SpoolFolder(std::filesystem::path folder, std::chrono::seconds retention, std::string warning);

    std::filesystem::path m_folder;
    std::chrono::seconds m_retention;
    std::string m_warning;
    int m_lastJob = 0;
    std::map<int, std::filesystem::path> m_files;
};

} // namespace helder::printer
