#pragma once
// The print output and settings the config asks for (DESIGN §6): printer_queue names a CUPS queue
// (A4, copies and duplex from the config); without it the spool folder stands in for the paper tray,
// with its retention, and the screens show the "demo: no printer" badge.

#include "app/FormPrinter.hpp"
#include "app/KioskConfig.hpp"
#include "printer/PrintOutput.hpp"

#include <expected>
#include <memory>
#include <string>

namespace helder::app {

struct PrintSetup {
    std::unique_ptr<printer::PrintOutput> output;
    PrintSettings settings;
    bool demo = false;   // the spool folder: no real printer
    std::string warning; // for the log, e.g. a spool folder in /tmp
};

// The error says which output could not be opened and why, for the log.
[[nodiscard]] std::expected<PrintSetup, std::string> openPrintSetup(const KioskConfig& config);

// How long the idle time-out waits for a pending job: the attempt's own time-out plus a margin for
// making the printout, so the fault screen comes before "Do you need more time?".
[[nodiscard]] std::int64_t idleSuspensionMs(const KioskConfig& config);

} // namespace helder::app
