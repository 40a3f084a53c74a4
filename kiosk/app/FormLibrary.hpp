#pragma once
// The forms offered at the kiosk: every form folder that loads without errors and is valid
// today. A broken form is skipped and its problems are kept for the log and staff mode.

#include "core/Date.hpp"
#include "core/Diagnostic.hpp"
#include "core/Template.hpp"

#include <filesystem>
#include <vector>

namespace helder::app {

struct FormLibrary {
    std::vector<core::Template> forms;
    core::Diagnostics problems; // of the skipped forms and of the folder itself

    [[nodiscard]] static FormLibrary load(const std::filesystem::path& formsDirectory, core::Date today);
};

} // namespace helder::app
