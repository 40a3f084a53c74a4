#include "core/ValidationSupport.hpp"

#include "core/Digits.hpp"

#include <algorithm>

namespace helder::core {

std::string prepareInput(std::string_view input)
{
    const std::string normalised = normaliseDigits(input);
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    const auto first = std::find_if_not(normalised.begin(), normalised.end(), isSpace);
    const auto last = std::find_if_not(normalised.rbegin(), normalised.rend(), isSpace).base();
    return first < last ? std::string(first, last) : std::string();
}

std::string removeCharacters(std::string_view text, std::string_view separators)
{
    std::string out;
    for (const char c : text)
        if (separators.find(c) == std::string_view::npos)
            out += c;
    return out;
}

bool isAsciiDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::unexpected<ValidationProblem> problem(std::string messageKey, std::map<std::string, std::string> args)
{
    return std::unexpected(ValidationProblem{std::move(messageKey), std::move(args)});
}

} // namespace helder::core
