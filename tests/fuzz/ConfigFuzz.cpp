// The kiosk config (/etc/helder/config.json): any bytes give a config or an error, never a crash.

#include "FuzzInput.hpp"

#include "app/KioskConfig.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto config = helder::app::KioskConfig::parse(helder::fuzz::asText(data, size));
    // A config that parses has its limits applied: anything else is a bug worth a crash report.
    if (config && (config->copies < 1 || config->idleTimeoutSeconds < 30)) {
        __builtin_trap();
    }
    return 0;
}
