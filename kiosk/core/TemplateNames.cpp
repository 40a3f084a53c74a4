#include "core/TemplateNames.hpp"

#include <algorithm>

namespace helder::core {

bool isKebabCase(std::string_view id)
{
    if (id.empty() || id.front() == '-' || id.back() == '-' || id.find("--") != std::string_view::npos) {
        return false;
    }
    return std::ranges::all_of(id, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool isIconName(std::string_view name)
{
    return !name.empty() && name.front() != '_'
        && std::ranges::all_of(name, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool isLanguageCode(std::string_view code)
{
    return code.size() >= 2 && code.size() <= 3
        && std::ranges::all_of(code, [](char c) { return c >= 'a' && c <= 'z'; });
}

bool isPathInsideFolder(std::string_view path)
{
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos) {
        return false;
    }
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        if (path.substr(start, end - start) == "..") {
            return false;
        }
        start = end + 1;
    }
    return true;
}

} // namespace helder::core
