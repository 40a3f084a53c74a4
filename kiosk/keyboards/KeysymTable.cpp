#include "keyboards/KeysymTable.hpp"

#include <charconv>
#include <cctype>

namespace helder::keyboards {

namespace {

std::optional<std::uint32_t> parseHex(std::string_view digits)
{
    if (digits.empty() || digits.size() > 8)
        return std::nullopt;
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, 16);
    if (error != std::errc{} || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

std::string_view nextWord(std::string_view& rest)
{
    std::size_t start = 0;
    while (start < rest.size() && isSpace(rest[start]))
        ++start;
    std::size_t end = start;
    while (end < rest.size() && !isSpace(rest[end]))
        ++end;
    const std::string_view word = rest.substr(start, end - start);
    rest.remove_prefix(end);
    return word;
}

// A character a key can type: no controls, no surrogates, nothing beyond Unicode.
std::optional<char32_t> typeable(std::uint32_t codePoint)
{
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || codePoint > 0x10ffff
        || (codePoint >= 0xd800 && codePoint <= 0xdfff))
        return std::nullopt;
    return static_cast<char32_t>(codePoint);
}

} // namespace

KeysymTable KeysymTable::parse(std::string_view keysymdefText)
{
    KeysymTable table;
    constexpr std::string_view prefix = "#define XK_";
    while (!keysymdefText.empty()) {
        const std::size_t newline = keysymdefText.find('\n');
        std::string_view line = keysymdefText.substr(0, newline);
        keysymdefText.remove_prefix(newline == std::string_view::npos ? keysymdefText.size() : newline + 1);
        if (!line.starts_with(prefix))
            continue;
        line.remove_prefix(prefix.size());
        const std::string_view name = nextWord(line);
        const std::string_view valueText = nextWord(line);
        if (name.empty() || !valueText.starts_with("0x"))
            continue;
        const auto value = parseHex(valueText.substr(2));
        if (!value)
            continue;
        table.m_byName.emplace(std::string(name), *value);
        // "/* U+00E9 ... */" is the exact mapping; "/*(U+2500 ...)*/" only an approximation, and a
        // keysym without a comment (dead keys, modifiers) types nothing.
        const std::size_t comment = line.find("/* U+");
        if (comment == std::string_view::npos)
            continue;
        std::string_view digits = line.substr(comment + 5);
        std::size_t length = 0;
        while (length < digits.size() && std::isxdigit(static_cast<unsigned char>(digits[length])))
            ++length;
        if (const auto codePoint = parseHex(digits.substr(0, length)))
            if (const auto character = typeable(*codePoint))
                table.m_unicodeByValue.emplace(*value, *character);
    }
    return table;
}

std::optional<char32_t> KeysymTable::character(std::string_view keysym) const
{
    if (keysym.size() >= 5 && keysym.size() <= 7 && keysym.front() == 'U') {
        if (const auto codePoint = parseHex(keysym.substr(1)))
            return typeable(*codePoint);
    }
    if (keysym.starts_with("0x")) {
        const auto value = parseHex(keysym.substr(2));
        return value ? characterOfValue(*value) : std::nullopt;
    }
    const auto found = m_byName.find(std::string(keysym));
    return found == m_byName.end() ? std::nullopt : characterOfValue(found->second);
}

std::optional<char32_t> KeysymTable::characterOfValue(std::uint32_t value) const
{
    if (const auto found = m_unicodeByValue.find(value); found != m_unicodeByValue.end())
        return found->second;
    // keysymdef.h: 0x01000000 + code point is the keysym of any Unicode character, and the
    // Latin-1 keysyms equal their code points.
    if (value >= 0x01000100 && value <= 0x0110ffff)
        return typeable(value - 0x01000000);
    if ((value >= 0x20 && value <= 0x7e) || (value >= 0xa0 && value <= 0xff) || (value >= 0x01000020 && value <= 0x010000ff))
        return typeable(value & 0xff);
    return std::nullopt;
}

} // namespace helder::keyboards
