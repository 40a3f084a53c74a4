#pragma once
// `helder-kiosk --check-config [PATH]`: reads the config as the kiosk would and checks what it
// names (locales, forms, local forms, postcode list, spool and counters folders), without opening
// a window. Every problem is printed on one line, "error: ..." or "warning: ..."; the result is the
// exit code: 0 when the kiosk would start with every form, 1 otherwise.

#include "app/KioskApp.hpp"
#include "core/Date.hpp"

#include <filesystem>
#include <iosfwd>

namespace helder::app {

[[nodiscard]] int checkConfig(const std::filesystem::path& configPath, const DefaultFolders& defaults,
                              core::Date today, std::ostream& out);

} // namespace helder::app
