#include "keyboards/GeezPicker.hpp"

#include "core/Utf8.hpp"

#include <unicode/uchar.h>

#include <array>
#include <sstream>
#include <string_view>

namespace helder::keyboards {

namespace {

constexpr char32_t blockStart = 0x1200;
constexpr char32_t syllablesEnd = 0x1358; // after this: combining marks, punctuation, numerals
constexpr char32_t punctuationStart = 0x1361;
constexpr char32_t punctuationEnd = 0x1369;
// The labio-velar rows (ቈ ቊ ቋ ቌ ቍ) leave their second, seventh and eighth places unassigned.
constexpr std::array<char32_t, 5> labioVelarOrders{0, 2, 3, 4, 5};

bool assigned(char32_t codePoint)
{
    return u_isdefined(static_cast<UChar32>(codePoint)) != 0;
}

std::string syllableName(char32_t codePoint)
{
    std::array<char, 128> buffer{};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = u_charName(static_cast<UChar32>(codePoint), U_UNICODE_CHAR_NAME, buffer.data(),
                                      static_cast<int32_t>(buffer.size()), &status);
    if (U_FAILURE(status) || length <= 0)
        return {};
    std::string_view name(buffer.data(), static_cast<std::size_t>(length));
    constexpr std::string_view prefix = "ETHIOPIC SYLLABLE ";
    if (name.starts_with(prefix))
        name.remove_prefix(prefix.size());
    return std::string(name);
}

std::string unicodeVersion()
{
    UVersionInfo version;
    u_getUnicodeVersion(version);
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << static_cast<int>(version[0]) << '.' << static_cast<int>(version[1]);
    return out.str();
}

} // namespace

GeezPicker buildGeezPicker()
{
    GeezPicker picker;
    picker.source = "Unicode " + unicodeVersion() + " Ethiopic block U+1200-U+137F";
    for (char32_t row = blockStart; row < syllablesEnd; row += 8) {
        const auto at = [row](char32_t offset) { return assigned(row + offset); };
        if (at(0) && at(1) && at(2) && at(3) && at(4) && at(5) && at(6)) {
            GeezConsonant consonant;
            consonant.name = syllableName(row);
            for (char32_t order = 0; order < 7; ++order)
                consonant.orders[order] = core::encodeUtf8(row + order);
            if (at(7))
                consonant.labialised.push_back(core::encodeUtf8(row + 7));
            picker.consonants.push_back(std::move(consonant));
        } else if (at(0) && !at(1) && at(2) && at(3) && at(4) && at(5) && !picker.consonants.empty()) {
            for (const char32_t order : labioVelarOrders)
                picker.consonants.back().labialised.push_back(core::encodeUtf8(row + order));
        }
    }
    for (char32_t mark = punctuationStart; mark < punctuationEnd; ++mark)
        if (assigned(mark) && u_ispunct(static_cast<UChar32>(mark)))
            picker.punctuation.push_back(core::encodeUtf8(mark));
    return picker;
}

} // namespace helder::keyboards
