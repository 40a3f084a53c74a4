#pragma once
// Writes a finished day's anonymous counts (core/Counters.hpp) as a Prometheus textfile for
// node_exporter's textfile collector: every metric is a gauge named helder_<count>, labelled with
// the day it counts, the form and the language; the file is replaced atomically (write a
// temporary file next to it, then rename) so that a scrape never reads half a file.

#include "core/Counters.hpp"

#include <expected>
#include <filesystem>
#include <string>

namespace helder::app {

class CountersFile {
public:
    explicit CountersFile(std::filesystem::path path) : m_path(std::move(path)) {}

    // The report in the Prometheus text exposition format (classic locale).
    [[nodiscard]] static std::string format(const core::CountReport& report);

    // The error names the file and what failed.
    [[nodiscard]] std::expected<void, std::string> write(const core::CountReport& report) const;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace helder::app
