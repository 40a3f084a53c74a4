#include "printer/PdfStrings.hpp"

#include "core/Utf8.hpp"

#include <array>
#include <cstdint>

namespace helder::printer {
namespace {

constexpr char32_t kReplacement = 0xFFFD;


std::string utf16ToUtf8(std::string_view bytes, bool bigEndian)
{
    const auto unitAt = [&](std::size_t i) {
        const auto first = static_cast<unsigned char>(bytes[i]);
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char32_t>(bigEndian ? (first << 8 | second) : (second << 8 | first));
    };
    const auto isHigh = [](char32_t u) { return u >= 0xD800 && u <= 0xDBFF; };
    const auto isLow = [](char32_t u) { return u >= 0xDC00 && u <= 0xDFFF; };

    std::string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    while (i + 1 < bytes.size()) {
        const char32_t unit = unitAt(i);
        i += 2;
        if (isHigh(unit) && i + 1 < bytes.size() && isLow(unitAt(i))) {
            core::appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (unitAt(i) - 0xDC00));
            i += 2;
        } else if (isHigh(unit) || isLow(unit)) {
            core::appendUtf8(out, kReplacement);
        } else {
            core::appendUtf8(out, unit);
        }
    }
    if (i < bytes.size())
        core::appendUtf8(out, kReplacement);
    return out;
}

// PDFDocEncoding 0x18-0x1F and 0x7F-0xA0 (PDF 32000-1 Annex D); 0 marks an undefined code.
constexpr std::array<char16_t, 8> kLowTable = {0x02D8, 0x02C7, 0x02C6, 0x02D9, 0x02DD, 0x02DB, 0x02DA, 0x02DC};
constexpr std::array<char16_t, 34> kHighTable = {
    0,      0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203A, 0x2212,
    0x2030, 0x201E, 0x201C, 0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141, 0x0152,
    0x0160, 0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E, 0,      0x20AC};

char32_t fromPdfDoc(unsigned char c)
{
    if (c >= 0x18 && c <= 0x1F)
        return kLowTable[c - 0x18u];
    if (c >= 0x7F && c <= 0xA0) {
        const char16_t mapped = kHighTable[c - 0x7Fu];
        return mapped ? mapped : kReplacement;
    }
    return c;
}

bool startsWith(std::string_view bytes, std::string_view prefix)
{
    return bytes.substr(0, prefix.size()) == prefix;
}

} // namespace

std::string utf16BeToUtf8(std::string_view bytes)
{
    return utf16ToUtf8(bytes, true);
}

std::string pdfDocEncodingToUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (const char c : bytes)
        core::appendUtf8(out, fromPdfDoc(static_cast<unsigned char>(c)));
    return out;
}

std::string decodePdfText(std::string_view bytes)
{
    if (startsWith(bytes, "\xFE\xFF"))
        return utf16ToUtf8(bytes.substr(2), true);
    // Not allowed by the standard, but some producers write little-endian UTF-16.
    if (startsWith(bytes, "\xFF\xFE"))
        return utf16ToUtf8(bytes.substr(2), false);
    if (startsWith(bytes, "\xEF\xBB\xBF"))
        return std::string(bytes.substr(3));
    return pdfDocEncodingToUtf8(bytes);
}

std::string utf8ToUtf16BeHex(std::string_view utf8)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    const auto appendUnit = [&](std::uint32_t unit) {
        for (int shift = 12; shift >= 0; shift -= 4)
            out += kDigits[(unit >> shift) & 0xFU];
    };
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        std::uint32_t code = kReplacement;
        if (length == 1) {
            code = lead;
        } else if (length > 1 && i + length <= utf8.size()) {
            code = lead & (0x7FU >> length);
            for (std::size_t k = 1; k < length; ++k) {
                const auto next = static_cast<unsigned char>(utf8[i + k]);
                if ((next & 0xC0) != 0x80) {
                    code = kReplacement;
                    break;
                }
                code = (code << 6) | (next & 0x3FU);
            }
        }
        i += length == 0 || i + length > utf8.size() ? 1 : length;
        if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = kReplacement;
        if (code >= 0x10000) {
            appendUnit(0xD800 + ((code - 0x10000) >> 10));
            appendUnit(0xDC00 + ((code - 0x10000) & 0x3FFU));
        } else {
            appendUnit(code);
        }
    }
    return out;
}

} // namespace helder::printer
