#include "core/ValidationSupport.hpp"

namespace helder::core {

ValidationResult validatePostcode(std::string_view input, const PostcodeTable* table)
{
    const std::string code = prepareInput(input);
    if (code.size() != 4 || !isAsciiDigits(code) || code < "1000" || code > "9992")
        return problem("validation.postcode_format");
    if (table && !table->contains(code))
        return problem("validation.postcode_unknown");
    return code;
}

} // namespace helder::core
