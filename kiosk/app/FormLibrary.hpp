#pragma once
// The forms offered at the kiosk: every form folder that loads without errors and is valid
// today. A broken form is skipped and its problems are kept for the log and staff mode.
// The config's local_forms_folder adds the service's own forms (DESIGN §7): a local form with
// the id of a shipped one replaces it; a broken local form leaves the shipped one in place.

#include "core/Date.hpp"
#include "core/Diagnostic.hpp"
#include "core/Template.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace helder::app {

struct FormLibrary {
    std::vector<core::Template> forms;
    core::Diagnostics problems; // of the skipped forms and of the folder itself

    std::vector<std::string> replaced; // ids of shipped forms that a local form replaced

    [[nodiscard]] static FormLibrary load(const std::filesystem::path& formsDirectory, core::Date today);
    // The forms folder merged with the local one (when given).
    [[nodiscard]] static FormLibrary load(const std::filesystem::path& formsDirectory,
                                          const std::optional<std::filesystem::path>& localDirectory,
                                          core::Date today);
};

} // namespace helder::app
