#include "core/Utf8.hpp"
#include "core/ValidationSupport.hpp"

#include <algorithm>

namespace helder::core {
namespace {

constexpr std::size_t maxAddressBytes = 254;
constexpr std::size_t maxLocalBytes = 64;
constexpr std::size_t maxLabelBytes = 63;

bool isAsciiAlphanumeric(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool localPartValid(std::string_view local)
{
    if (local.empty() || local.size() > maxLocalBytes || local.front() == '.' || local.back() == '.'
        || local.find("..") != std::string_view::npos)
        return false;
    return local.find_first_of("()<>[]:;,\\\"") == std::string_view::npos;
}

// Labels of letters, digits and hyphens, or UTF-8 for an internationalised name; at least two labels,
// the last one not all digits.
bool domainValid(std::string_view domain)
{
    std::size_t labels = 0;
    std::string_view last;
    while (true) {
        const auto dot = domain.find('.');
        const std::string_view label = domain.substr(0, dot);
        if (label.empty() || label.size() > maxLabelBytes || label.front() == '-' || label.back() == '-')
            return false;
        const bool charactersValid = std::all_of(label.begin(), label.end(), [](char c) {
            return isAsciiAlphanumeric(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80;
        });
        if (!charactersValid)
            return false;
        ++labels;
        last = label;
        if (dot == std::string_view::npos)
            break;
        domain.remove_prefix(dot + 1);
    }
    const bool allDigits = std::all_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; });
    return labels >= 2 && last.size() >= 2 && !allDigits;
}

} // namespace

ValidationResult validateEmail(std::string_view input)
{
    const std::string address = prepareInput(input);
    if (address.empty() || address.size() > maxAddressBytes || !decodeUtf8(address))
        return problem("validation.email");
    const bool hasControlOrSpace = std::any_of(address.begin(), address.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte <= 0x20 || byte == 0x7F;
    });
    const auto at = address.find('@');
    if (hasControlOrSpace || at == std::string::npos || address.find('@', at + 1) != std::string::npos)
        return problem("validation.email");
    const std::string_view view = address;
    if (!localPartValid(view.substr(0, at)) || !domainValid(view.substr(at + 1)))
        return problem("validation.email");
    return address;
}

} // namespace helder::core
