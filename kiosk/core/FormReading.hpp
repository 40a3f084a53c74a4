#pragma once
// What the readers of one form.json share while it is read (internal to the template loader).

#include "core/Diagnostic.hpp"
#include "core/ExpressionReader.hpp"
#include "core/FormOutline.hpp"
#include "core/IdRegistry.hpp"
#include "core/JsonSource.hpp"
#include "core/Template.hpp"

namespace helder::core {

struct FormReading {
    FormReading(const JsonSource& source, Diagnostics& sink) : json(source), diagnostics(sink) {}

    const JsonSource& json;
    Diagnostics& diagnostics;
    PdfMode mode = PdfMode::AcroForm;
    FormOutline outline;
    IdRegistry names{"question, group or computed value"}; // one namespace: expressions name them all
    IdRegistry rules{"rule"};                              // texts/*.json "rules" is keyed by them
    ExpressionReader expressions;
};

// Calls `read(pointer)` for each element of the array at `reader`'s `key`.
template <typename Read>
void forEachElement(const JsonObjectReader& reader, std::string_view key, Need need, Read&& read)
{
    if (const nlohmann::json* array = reader.array(key, need)) {
        const std::string pointer = reader.childPointer(key);
        for (std::size_t i = 0; i < array->size(); ++i) {
            read(JsonSource::childPointer(pointer, i));
        }
    }
}

} // namespace helder::core
