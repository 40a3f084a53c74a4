#pragma once
// The printer tests' ways to a field: by name in a list read from a PDF, and the fields of a fill's
// output read back.

#include "printer/AcroFormModel.hpp"
#include "printer/FormFiller.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace helder::printer::test {

inline const FieldInfo& field(const std::vector<FieldInfo>& fields, const std::string& name)
{
    const auto found = std::ranges::find(fields, name, &FieldInfo::name);
    REQUIRE_MESSAGE(found != fields.end(), "no field " << name);
    return *found;
}

inline std::vector<FieldInfo> reread(const FillReport& report)
{
    auto fields = readFields(report.pdf);
    REQUIRE_MESSAGE(fields.has_value(), fields.error().message);
    return *fields;
}

} // namespace helder::printer::test
