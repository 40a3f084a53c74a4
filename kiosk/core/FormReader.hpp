#pragma once
// Reads form.json into a Template (internal to the template loader): the top-level keys, the PDF
// settings, documents, items, computed values and rights hints, then resolves every name the
// expressions read. The Template is filled as far as possible even when there are errors, and the
// outline of declared ids is kept for checking the language files.

#include "core/FormOutline.hpp"
#include "core/JsonSource.hpp"
#include "core/Template.hpp"

#include <string_view>

namespace helder::core {

struct FormRead {
    Template form;
    FormOutline outline;
};

// `folderName` is the last component of the form's folder, which the id must equal.
FormRead readForm(const JsonSource& json, std::string_view folderName, Diagnostics& diagnostics);

} // namespace helder::core
