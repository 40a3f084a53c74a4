#include "printer/AnswerMapping.hpp"
#include "printer/FormFiller.hpp"

#include "FieldLookup.hpp"
#include "PdfTools.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <ranges>

using helder::printer::FieldInfo;
using helder::printer::test::field;
using helder::printer::test::reread;
using helder::printer::FieldValue;
using helder::printer::FillError;
using helder::printer::FillOptions;
using helder::printer::FillReport;
using helder::printer::FormFiller;
using helder::printer::MaxLengthPolicy;

namespace {

FormFiller& filler()
{
    static FormFiller instance = [] {
        auto created = FormFiller::create();
        REQUIRE_MESSAGE(created.has_value(), created.error());
        return std::move(*created);
    }();
    return instance;
}

std::string fixtureBytes(const std::string& name)
{
    return helder::test::readFile(helder::test::fixture("printer/" + name));
}

std::span<const std::byte> bytesOf(const std::string& data)
{
    return std::as_bytes(std::span(data.data(), data.size()));
}

std::expected<FillReport, FillError> fillForm(const std::vector<FieldValue>& values, FillOptions options = {})
{
    static const std::string form = fixtureBytes("form.pdf");
    return filler().fill(bytesOf(form), values, options);
}

// The output without white space, so that dictionary entries can be searched for whatever
// spacing PoDoFo writes.
std::string outputBytes(const FillReport& report)
{
    std::string compact;
    for (const std::byte b : report.pdf) {
        const auto c = static_cast<char>(b);
        if (c != ' ' && c != '\n' && c != '\r')
            compact += c;
    }
    return compact;
}

// What filling appended to `original`: an incremental update, so the template's own revision
// (its /AS states, its /XFA) stays in the file, no longer referenced by the new trailer.
std::string appendedUpdate(const FillReport& report, const std::string& original)
{
    REQUIRE(report.pdf.size() > original.size());
    const auto* bytes = reinterpret_cast<const char*>(report.pdf.data());
    REQUIRE(std::string_view(bytes, original.size()) == original);
    std::string compact;
    for (const char c : std::string_view(bytes + original.size(), report.pdf.size() - original.size())) {
        if (c != ' ' && c != '\n' && c != '\r')
            compact += c;
    }
    return compact;
}

const std::string kMixed = "Łódź Ağrı Київ محمد ትግራይ";

} // namespace

TEST_CASE("every kind of field is filled and reads back")
{
    const auto filled = fillForm({
        {"name", std::string("Łódź Ağrı"), {}},
        {"nationalNumber", std::string("85031412345"), {}},
        {"remarks", std::string("Київ محمد ትግራይ and a long second sentence that has to wrap"), {}},
        {"agree", false, {}},
        {"gender", std::string("x"), {}},
        {"language", std::string("fr"), {}},
        {"province", std::string("LIE"), {}},
        {"applicant.city", std::string("Brugge"), {}},
        {"الاسم", std::string("محمد"), {}},
    });
    REQUIRE_MESSAGE(filled.has_value(), filled.error().message);
    CHECK(filled->filled.size() == 9);
    const std::vector<FieldInfo> fields = reread(*filled);
    CHECK(field(fields, "name").value == "Łódź Ağrı");
    CHECK(field(fields, "nationalNumber").value == "85031412345");
    CHECK(field(fields, "remarks").value.starts_with("Київ محمد ትግራይ"));
    CHECK(field(fields, "agree").value == "Off");
    CHECK(field(fields, "gender").value == "x");
    CHECK(field(fields, "language").value == "fr");
    CHECK(field(fields, "province").value == "LIE");
    CHECK(field(fields, "applicant.city").value == "Brugge");
    CHECK(field(fields, "الاسم").value == "محمد");

    const std::string pdf = outputBytes(*filled);
    CHECK(pdf.find("/NeedAppearancesfalse") != std::string::npos);
    CHECK(pdf.find("/I[1]") != std::string::npos);  // the list's selection agrees with /V
    CHECK(pdf.find("/CIDToGIDMap/Identity") != std::string::npos);
    CHECK(pdf.find("/Identity-H") != std::string::npos);
}

TEST_CASE("a checkbox gets its real on-state and radio kids their own /AS")
{
    const auto filled = fillForm({{"agree", true, {}}, {"gender", std::string("m"), {}}});
    REQUIRE_MESSAGE(filled.has_value(), filled.error().message);
    const std::vector<FieldInfo> fields = reread(*filled);
    CHECK(field(fields, "agree").value == "Ja");
    CHECK(field(fields, "gender").value == "m");
    const std::string pdf = appendedUpdate(*filled, fixtureBytes("form.pdf"));
    CHECK(pdf.find("/Yes") == std::string::npos);
    // Three radio kids rewritten: one on (/m), the two others off.
    std::size_t off = 0;
    for (std::size_t at = pdf.find("/AS/Off"); at != std::string::npos; at = pdf.find("/AS/Off", at + 1))
        ++off;
    CHECK(off == 2);
    CHECK(pdf.find("/AS/m") != std::string::npos);
}

TEST_CASE("pdftotext extracts Latin, Cyrillic, Arabic and Ethiopic values")
{
    const auto filled = fillForm({{"remarks", kMixed, {}}, {"applicant.street", std::string("Київ محمد"), {}},
                                  {"name", std::string("ትግራይ Ağrı"), {}}});
    REQUIRE_MESSAGE(filled.has_value(), filled.error().message);
    CHECK(filled->missingCodePoints.empty());
    const auto path = helder::test::writeTemporaryPdf(filled->pdf, "helder-fill-text");
    const std::string text = helder::test::pdfText(path);
    std::filesystem::remove(path);
    for (const char* part : {"Łódź", "Ağrı", "Київ", "محمد", "ትግራይ"})
        CHECK_MESSAGE(text.find(part) != std::string::npos, part << " missing from: " << text);
}

// The ToUnicode map gives each glyph one text. A Devanagari syllable is one cluster of several
// glyphs: after "क" maps the ka glyph and "त्रि" the i-sign glyph, "कि" (i sign, ka) would read
// back as "त्रिक". Such clusters carry /ActualText.
TEST_CASE("pdftotext extracts a glyph reused in a cluster of other text as that text")
{
    const auto filled = fillForm({{"name", std::string("क"), {}}, {"remarks", std::string("क्षत्रिय किताब"), {}}});
    REQUIRE_MESSAGE(filled.has_value(), filled.error().message);
    REQUIRE(filled->missingCodePoints.empty());
    const auto path = helder::test::writeTemporaryPdf(filled->pdf, "helder-fill-cluster");
    const std::string text = helder::test::pdfText(path);
    std::filesystem::remove(path);
    CHECK_MESSAGE(text.find("क्षत्रि") != std::string::npos, text);
    CHECK_MESSAGE(text.find("किता") != std::string::npos, text);
    CHECK_MESSAGE(text.find("त्रिक") == std::string::npos, text);
}

TEST_CASE("MaxLen: an error by default, truncation by grapheme on request")
{
    const auto tooLong = fillForm({{"orphan", std::string("Łódź2"), {}}});
    REQUIRE_FALSE(tooLong.has_value());
    CHECK(tooLong.error().code == "too-long");
    CHECK(tooLong.error().field == "orphan");
    CHECK(tooLong.error().message.find("at most 4") != std::string::npos);

    FillOptions truncate;
    truncate.maxLength = MaxLengthPolicy::Truncate;
    const auto cut = fillForm({{"orphan", std::string("Łódź2"), {}}}, truncate);
    REQUIRE_MESSAGE(cut.has_value(), cut.error().message);
    CHECK(field(reread(*cut), "orphan").value == "Łódź");
    CHECK(cut->truncated == std::vector<std::string>{"orphan"});

    const auto perField = fillForm({{"orphan", std::string("Łódź2"), MaxLengthPolicy::Truncate}});
    CHECK(perField.has_value());
}

TEST_CASE("read-only fields are refused unless allowed")
{
    const auto refused = fillForm({{"caseNumber", std::string("B-9"), {}}});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == "read-only");
    CHECK(refused.error().message.find("caseNumber") != std::string::npos);

    FillOptions allow;
    allow.allowReadOnly = true;
    const auto allowed = fillForm({{"caseNumber", std::string("B-9"), {}}}, allow);
    REQUIRE_MESSAGE(allowed.has_value(), allowed.error().message);
    CHECK(field(reread(*allowed), "caseNumber").value == "B-9");
}

TEST_CASE("an unknown field name lists the closest names")
{
    const auto unknown = fillForm({{"nationalnumbr", std::string("1"), {}}});
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == "unknown-field");
    REQUIRE_FALSE(unknown.error().suggestions.empty());
    CHECK(unknown.error().suggestions.front() == "nationalNumber");
    CHECK(unknown.error().message.find("\"nationalNumber\"") != std::string::npos);
}

TEST_CASE("values that do not fit the field's kind are refused")
{
    CHECK(fillForm({{"gender", std::string("q"), {}}}).error().code == "wrong-value");
    CHECK(fillForm({{"gender", true, {}}}).error().code == "wrong-value");
    CHECK(fillForm({{"name", true, {}}}).error().code == "wrong-value");
    CHECK(fillForm({{"province", std::string("BXL"), {}}}).error().code == "wrong-value");
    CHECK(fillForm({{"reset", std::string("x"), {}}}).error().code == "unsupported-field");
}

TEST_CASE("bad PDFs give clear errors, never a crash")
{
    for (const auto& [file, code] : {std::pair{"not_a_pdf.pdf", "not-a-pdf"}, std::pair{"truncated.pdf", "damaged"},
                                     std::pair{"no_form.pdf", "no-form"}}) {
        const std::string bytes = fixtureBytes(file);
        const auto result = filler().fill(bytesOf(bytes), {{"name", std::string("x"), {}}}, {});
        REQUIRE_FALSE(result.has_value());
        CHECK_FALSE(result.error().message.empty());
        if (*code)
            CHECK(result.error().code == code);
    }
    const auto empty = filler().fill({}, {}, {});
    CHECK_FALSE(empty.has_value());
}

TEST_CASE("a form that needs a password to open is a clear error")
{
    const std::string bytes = fixtureBytes("encrypted.pdf");
    const auto result = filler().fill(bytesOf(bytes), {{"name", std::string("x"), {}}}, {});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == "encrypted");
    CHECK(result.error().message.find("password") != std::string::npos);
}

TEST_CASE("overlay mode draws values onto a flat page, extractable and in every script")
{
    const std::string bytes = fixtureBytes("no_form.pdf");
    std::vector<helder::printer::OverlayText> texts;
    helder::printer::OverlayText line;
    line.x = 72;
    line.y = 600;
    line.width = 300;
    line.height = 18;
    line.text = kMixed;
    texts.push_back(line);
    const auto drawn = filler().overlay(bytesOf(bytes), texts);
    REQUIRE_MESSAGE(drawn.has_value(), drawn.error().message);
    const auto path = helder::test::writeTemporaryPdf(drawn->pdf, "helder-overlay");
    const std::string text = helder::test::pdfText(path);
    std::filesystem::remove(path);
    for (const char* part : {"Łódź", "Ağrı", "Київ", "محمد", "ትግራይ"})
        CHECK_MESSAGE(text.find(part) != std::string::npos, part << " missing from: " << text);

    texts.front().page = 9;
    const auto noPage = filler().overlay(bytesOf(bytes), texts);
    REQUIRE_FALSE(noPage.has_value());
    CHECK(noPage.error().code == "no-page");
}

TEST_CASE("an XFA hybrid loses its XFA and usage rights, and /MK border and background are drawn")
{
    const std::string bytes = fixtureBytes("awkward.pdf");
    const auto filled = filler().fill(bytesOf(bytes), {{"boxed", std::string("Київ"), {}},
                                                       {"sideways", std::string("محمد"), {}}}, {});
    REQUIRE_MESSAGE(filled.has_value(), filled.error().message);
    CHECK(filled->removedXfa);
    CHECK(filled->removedUsageRights);
    const std::string pdf = outputBytes(*filled);
    CHECK(pdf.find("/Matrix[01-1000]") != std::string::npos);  // /MK /R 90
    const auto path = helder::test::writeTemporaryPdf(filled->pdf, "helder-awkward");
    // The catalog (object 1) and the AcroForm (object 3) as the file's last revision has them.
    const std::string catalog = helder::test::commandOutput("qpdf --show-object=1 '" + path.string() + "'");
    const std::string acroForm = helder::test::commandOutput("qpdf --show-object=3 '" + path.string() + "'");
    CHECK(catalog.find("/AcroForm") != std::string::npos);
    CHECK(catalog.find("/Perms") == std::string::npos);
    CHECK(acroForm.find("/Fields") != std::string::npos);
    CHECK(acroForm.find("/XFA") == std::string::npos);
    const std::string text = helder::test::pdfText(path);
    // The border (red), the background (grey) and the DA colour (blue) are in the rendering.
    const std::string ppm = helder::test::commandOutput("pdftoppm -q -r 72 -x 50 -y 112 -W 250 -H 30 '" +
                                                        path.string() + "' 2>/dev/null");
    std::filesystem::remove(path);
    CHECK(text.find("Київ") != std::string::npos);
    CHECK(text.find("محمد") != std::string::npos);
    REQUIRE(ppm.size() > 250 * 30 * 3);
    const std::string_view pixels = std::string_view(ppm).substr(ppm.size() - 250 * 30 * 3);
    bool red = false;
    bool grey = false;
    bool blue = false;
    for (std::size_t i = 0; i + 2 < pixels.size(); i += 3) {
        const auto r = static_cast<unsigned char>(pixels[i]);
        const auto g = static_cast<unsigned char>(pixels[i + 1]);
        const auto b = static_cast<unsigned char>(pixels[i + 2]);
        red = red || (r > 200 && g < 60 && b < 60);
        grey = grey || (r > 220 && r < 240 && r == g && g == b);
        blue = blue || (b > 150 && r < 100 && g < 100);
    }
    CHECK(red);
    CHECK(grey);
    CHECK(blue);
}

TEST_CASE("owner-password-only encryption is filled, and a broken xref is recovered")
{
    for (const std::string name : {"owner_only.pdf", "bad_xref.pdf"}) {
        CAPTURE(name);
        const std::string bytes = fixtureBytes(name);
        const auto filled = filler().fill(bytesOf(bytes), {{"boxed", std::string("Łódź"), {}}}, {});
        REQUIRE_MESSAGE(filled.has_value(), filled.error().message);
        CHECK(field(reread(*filled), "boxed").value == "Łódź");
    }
}
