#pragma once
// What `helder-forms check` verifies beyond the template itself: that the files beside it agree
// with it. The PDF exists and has every mapped field, of the right kind, with the named options;
// every other field of the PDF is listed as deliberately ignored; every recorded audio file
// decodes; the form is still valid today.

#include "core/Date.hpp"
#include "core/Diagnostic.hpp"
#include "core/Template.hpp"

#include <filesystem>

namespace helder::tools {

core::Diagnostics checkFormFiles(const core::Template& form, const std::filesystem::path& formDir,
                                 const core::Date& today);

} // namespace helder::tools
