#include "app/PrintSetup.hpp"

#include "printer/CupsPrinter.hpp"
#include "printer/SpoolFolder.hpp"

namespace helder::app {

std::expected<PrintSetup, std::string> openPrintSetup(const KioskConfig& config)
{
    PrintSetup setup;
    setup.settings.copies = static_cast<int>(config.copies);
    setup.settings.duplex = config.duplex;
    setup.settings.timeout = std::chrono::seconds(config.printTimeoutSeconds);
    if (config.printerQueue) {
        // The server is libcups's default: CUPS_SERVER, client.conf, then the local scheduler.
        setup.output = std::make_unique<printer::CupsPrinter>(*config.printerQueue);
        return setup;
    }
    const std::chrono::seconds retention = std::chrono::minutes(config.spoolRetentionMinutes);
    auto spool = config.spoolFolder ? printer::SpoolFolder::openAt(*config.spoolFolder, retention)
                                    : printer::SpoolFolder::open(retention);
    if (!spool) {
        return std::unexpected("spool folder: " + spool.error().message);
    }
    setup.warning = spool->warning();
    setup.output = std::make_unique<printer::SpoolFolder>(std::move(*spool));
    setup.demo = true;
    return setup;
}

std::int64_t idleSuspensionMs(const KioskConfig& config)
{
    constexpr std::int64_t marginMs = 30'000;
    return config.printTimeoutSeconds * 1000 + marginMs;
}

} // namespace helder::app
