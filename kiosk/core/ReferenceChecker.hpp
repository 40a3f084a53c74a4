#pragma once
// Resolves every name the expressions of a form.json read (internal to the template loader):
// unknown names, questions of a repeating group read from outside it, count/sum over something
// that is not a repeating group, `value` outside a rule, and computed values that depend on
// themselves.

#include "core/Diagnostic.hpp"
#include "core/ExpressionReader.hpp"
#include "core/FormOutline.hpp"

#include <string>
#include <vector>

namespace helder::core {

Diagnostics checkReferences(const std::vector<ExpressionUse>& uses, const FormOutline& outline,
                            const std::string& fileName);

} // namespace helder::core
