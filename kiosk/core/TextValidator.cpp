#include "core/Utf8.hpp"
#include "core/ValidationSupport.hpp"

#include <algorithm>

namespace helder::core {
namespace {

bool isLatinCodePoint(char32_t c)
{
    const auto within = [c](char32_t low, char32_t high) { return c >= low && c <= high; };
    return within(U'a', U'z') || within(U'A', U'Z') || within(U'0', U'9')
        || c == U' ' || c == U'\'' || c == U'-' || c == U'.' || c == U',' || c == U'/'
        || c == U'\u2019' || c == U'\u02BC' // typographic apostrophes, as phone keyboards type them
        || (within(U'\u00C0', U'\u00FF') && c != U'\u00D7' && c != U'\u00F7') // Latin-1 letters
        || within(U'\u0100', U'\u024F')  // Latin Extended-A and -B
        || within(U'\u0300', U'\u036F')  // combining diacritical marks
        || within(U'\u1E00', U'\u1EFF'); // Latin Extended Additional
}

} // namespace

bool isLatinText(std::string_view utf8)
{
    const auto codePoints = decodeUtf8(utf8);
    return codePoints && std::all_of(codePoints->begin(), codePoints->end(), isLatinCodePoint);
}

ValidationResult validateText(std::string_view input, const TextRules& rules)
{
    std::string text = prepareInput(input);
    if (rules.maxLength) {
        // Code points, counted as the bytes that do not continue a UTF-8 sequence.
        const auto length = static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
        if (length > *rules.maxLength)
            return problem("validation.too_long", {{"max", std::to_string(*rules.maxLength)}});
    }
    if (rules.latinOnly && !isLatinText(text))
        return problem("validation.latin_only");
    return text;
}

} // namespace helder::core
