#include "printer/PdfStrings.hpp"

#include <doctest/doctest.h>

using helder::printer::decodePdfText;
using helder::printer::pdfDocEncodingToUtf8;
using helder::printer::utf16BeToUtf8;

TEST_CASE("PDFDocEncoding: ASCII and Latin-1 range pass through, 0x80-0xA0 use the PDF table")
{
    CHECK(pdfDocEncodingToUtf8("Li\xE8ge") == "Liège");
    CHECK(pdfDocEncodingToUtf8("\x95\xF3\x64\xBF") == "Łód¿");
    CHECK(pdfDocEncodingToUtf8("\x80 \xA0 \x84 \x8D\x8E") == "• € — “”");
    CHECK(pdfDocEncodingToUtf8("\x18\x1F") == "˘˜");
    CHECK(pdfDocEncodingToUtf8("\x9F") == "\uFFFD");
}

TEST_CASE("UTF-16BE: BMP characters and surrogate pairs")
{
    CHECK(utf16BeToUtf8(std::string_view("\x06\x27\x06\x33\x06\x45", 6)) == "اسم");
    CHECK(utf16BeToUtf8(std::string_view("\x00\x41\xD8\x3D\xDE\x00", 6)) == "A😀");
    CHECK(utf16BeToUtf8(std::string_view("\x12\x30", 2)) == "ሰ");
}

TEST_CASE("UTF-16BE: broken units become U+FFFD instead of garbage")
{
    CHECK(utf16BeToUtf8(std::string_view("\xD8\x3D\x00\x41", 4)) == "\uFFFDA");
    CHECK(utf16BeToUtf8(std::string_view("\xDE\x00", 2)) == "\uFFFD");
    CHECK(utf16BeToUtf8(std::string_view("\x00\x41\x00", 3)) == "A\uFFFD");
}

TEST_CASE("decodePdfText chooses the encoding from the byte order mark")
{
    CHECK(decodePdfText(std::string_view("\xFE\xFF\x04\x1A\x04\x38", 6)) == "Ки");
    CHECK(decodePdfText(std::string_view("\xFF\xFE\x1A\x04\x38\x04", 6)) == "Ки");
    CHECK(decodePdfText("\xEF\xBB\xBFKyiv Київ") == "Kyiv Київ");
    CHECK(decodePdfText("Gen\xE8ve") == "Genève");
    CHECK(decodePdfText("").empty());
}
