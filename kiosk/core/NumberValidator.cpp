#include "core/ValidationSupport.hpp"

#include <algorithm>

namespace helder::core {

ValidationResult validateNumber(std::string_view input, const NumberRules& rules)
{
    std::string text = prepareInput(input);
    // A Belgian visitor writes 3,5; one ',' is the decimal separator.
    if (std::count(text.begin(), text.end(), ',') == 1 && text.find('.') == std::string::npos)
        std::replace(text.begin(), text.end(), ',', '.');
    const auto number = Decimal::parse(text);
    if (!number)
        return problem("validation.number");
    if (rules.min && *number < *rules.min)
        return problem("validation.number_min", {{"min", rules.min->toString()}});
    if (rules.max && *number > *rules.max)
        return problem("validation.number_max", {{"max", rules.max->toString()}});
    return number->toString();
}

} // namespace helder::core
