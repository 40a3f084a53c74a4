#include "printer/AcroFormModel.hpp"

#include "FieldLookup.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <ranges>

using helder::printer::FieldInfo;
using helder::printer::test::field;
using helder::printer::FieldKind;
using helder::printer::readFields;

namespace {

std::vector<FieldInfo> formFields()
{
    auto fields = readFields(helder::test::fixture("printer/form.pdf"));
    REQUIRE_MESSAGE(fields.has_value(), fields.error().message);
    return *fields;
}

std::vector<std::string> names(const std::vector<FieldInfo>& fields)
{
    std::vector<std::string> result;
    for (const FieldInfo& f : fields)
        result.push_back(f.name);
    return result;
}

// Compared as names: doctest's message building would pick up toString(FieldKind) by ADL.
std::string kind(const FieldInfo& field)
{
    return std::string(helder::printer::toString(field.kind));
}

std::string problemCode(const std::string& fixture)
{
    const auto fields = readFields(helder::test::fixture("printer/" + fixture));
    return fields ? std::string("no problem") : fields.error().code;
}

} // namespace

TEST_CASE("every field is found once, fully qualified, in document order, unreached widgets last")
{
    const std::vector<std::string> expected = {
        "name", "nationalNumber", "remarks", "caseNumber", "agree", "gender", "language", "province",
        "applicant.street", "applicant.city", "الاسم", "internalRef", "reset", "signature", "notShown", "orphan"};
    CHECK(names(formFields()) == expected);
}

TEST_CASE("text fields: MaxLen, comb, multiline, read-only, tooltip and value")
{
    const auto fields = formFields();
    const FieldInfo& national = field(fields, "nationalNumber");
    CHECK(kind(national) == "text");
    CHECK(national.maxLength == 11);
    CHECK(national.comb);
    CHECK_FALSE(national.multiline);
    CHECK(national.quadding == 1);

    CHECK(field(fields, "remarks").multiline);
    CHECK_FALSE(field(fields, "remarks").comb);
    CHECK_FALSE(field(fields, "remarks").maxLength.has_value());

    const FieldInfo& caseNumber = field(fields, "caseNumber");
    CHECK(caseNumber.readOnly);
    CHECK(caseNumber.value == "A-123");

    const FieldInfo& name = field(fields, "name");
    CHECK_FALSE(name.readOnly);
    CHECK(name.tooltip == "Full name");
    CHECK(name.value == "Jan Peeters");
    CHECK(name.defaultAppearance == "/Helv 11 Tf 0 g");
}

TEST_CASE("the default appearance falls back to the AcroForm's")
{
    CHECK(field(formFields(), "remarks").defaultAppearance == "/Helv 0 Tf 0 g");
}

TEST_CASE("a checkbox's on-state comes from its appearance, not an assumed /Yes")
{
    const auto fields = formFields();
    const FieldInfo& agree = field(fields, "agree");
    CHECK(kind(agree) == "checkbox");
    CHECK(agree.exportValues == std::vector<std::string>{"Ja"});
    REQUIRE(agree.widgets.size() == 1);
    CHECK(agree.widgets[0].onStates == std::vector<std::string>{"Ja"});
    CHECK(agree.value == "Ja");
}

TEST_CASE("a radio group collects its kids' on-states as export values")
{
    const auto fields = formFields();
    const FieldInfo& gender = field(fields, "gender");
    CHECK(kind(gender) == "radio");
    CHECK(gender.exportValues == std::vector<std::string>{"m", "f", "x"});
    CHECK(gender.widgets.size() == 3);
    CHECK(gender.value == "f");
}

TEST_CASE("choice fields: plain options and [export display] pairs")
{
    const auto fields = formFields();
    const FieldInfo& language = field(fields, "language");
    CHECK(kind(language) == "combo");
    CHECK(language.options == std::vector<std::string>{"nl", "fr", "en"});
    CHECK(language.exportValues == language.options);
    CHECK(language.value == "nl");

    const FieldInfo& province = field(fields, "province");
    CHECK(kind(province) == "list");
    CHECK(province.options == std::vector<std::string>{"Antwerpen", "Liège"});
    CHECK(province.exportValues == std::vector<std::string>{"ANT", "LIE"});
}

TEST_CASE("kids inherit type, flags, DA and Q; pure widget kids belong to their parent field")
{
    const auto fields = formFields();
    CHECK(std::ranges::find(fields, "applicant", &FieldInfo::name) == fields.end());
    for (const char* name : {"applicant.street", "applicant.city"}) {
        const FieldInfo& kid = field(fields, name);
        CHECK(kind(kid) == "text");
        CHECK(kid.required);
        CHECK(kid.defaultAppearance == "/Helv 10 Tf 0 g");
        CHECK(kid.quadding == 2);
    }
    const FieldInfo& city = field(fields, "applicant.city");
    CHECK(city.value == "Gent");
    REQUIRE(city.widgets.size() == 2);
    CHECK(city.widgets[0].page == 1);
    CHECK(city.widgets[1].page == 2);
}

TEST_CASE("UTF-16 names, tooltips and values are decoded, emoji included")
{
    const auto fields = formFields();
    const FieldInfo& arabic = field(fields, "الاسم");
    CHECK(arabic.tooltip == "Naam 😀");
    CHECK(arabic.value == "Łódź");
}

TEST_CASE("widget rectangles, pages and flags")
{
    const auto fields = formFields();
    const FieldInfo& remarks = field(fields, "remarks");
    REQUIRE(remarks.widgets.size() == 1);
    CHECK(remarks.widgets[0].page == 1);
    CHECK(remarks.widgets[0].rect.left == doctest::Approx(50));
    CHECK(remarks.widgets[0].rect.bottom == doctest::Approx(560));
    CHECK(remarks.widgets[0].rect.width == doctest::Approx(250));
    CHECK(remarks.widgets[0].rect.height == doctest::Approx(80));
    CHECK(remarks.widgets[0].onStates.empty());
    CHECK(field(fields, "internalRef").hidden);
    CHECK_FALSE(remarks.hidden);
}

TEST_CASE("a widget that no page's /Annots lists is on page 0, whatever its /P says")
{
    const auto fields = formFields();
    const FieldInfo& notShown = field(fields, "notShown");
    REQUIRE(notShown.widgets.size() == 1);
    CHECK(notShown.widgets[0].page == 0);
}

TEST_CASE("push buttons and signatures are reported with their kind")
{
    const auto fields = formFields();
    CHECK(kind(field(fields, "reset")) == "push");
    CHECK(kind(field(fields, "signature")) == "signature");
    CHECK(field(fields, "signature").widgets.at(0).page == 2);
}

TEST_CASE("a widget on a page that /Fields does not reach is still a field")
{
    const auto fields = formFields();
    const FieldInfo& orphan = field(fields, "orphan");
    CHECK(kind(orphan) == "text");
    CHECK(orphan.maxLength == 4);
    REQUIRE(orphan.widgets.size() == 1);
    CHECK(orphan.widgets[0].page == 2);
}

TEST_CASE("reading from memory gives the same fields as reading the file")
{
    const std::string bytes = helder::test::readFile(helder::test::fixture("printer/form.pdf"));
    const auto fromMemory = readFields(std::as_bytes(std::span(bytes.data(), bytes.size())));
    REQUIRE(fromMemory.has_value());
    CHECK(names(*fromMemory) == names(formFields()));
}

TEST_CASE("/Kids and /Parent loops end without hanging, and nesting deeper than any real form is refused")
{
    // loops.pdf has a /Kids cycle and a kid that is its own /Parent beside a chain deeper than
    // kMaxFieldDepth: the loops are walked once, and the depth makes the whole form a problem, so
    // that no field is silently left out of a fill.
    const auto fields = readFields(helder::test::fixture("printer/loops.pdf"));
    REQUIRE_FALSE(fields.has_value());
    CHECK(fields.error().code == "too-deep");
    CHECK(fields.error().message.find(std::to_string(helder::printer::kMaxFieldDepth)) != std::string::npos);
}

TEST_CASE("a PDF without a form gives no fields and no problem")
{
    const auto fields = readFields(helder::test::fixture("printer/no_form.pdf"));
    REQUIRE(fields.has_value());
    CHECK(fields->empty());
}

TEST_CASE("unreadable input is a PdfProblem with a code and a message")
{
    CHECK(problemCode("not_a_pdf.pdf") == "not-a-pdf");
    CHECK(problemCode("truncated.pdf") == "damaged");
    CHECK(problemCode("encrypted.pdf") == "encrypted");
    CHECK(problemCode("does_not_exist.pdf") == "unreadable");
    CHECK(readFields(std::span<const std::byte>()).error().code == "not-a-pdf");
    const auto damaged = readFields(helder::test::fixture("printer/truncated.pdf"));
    REQUIRE_FALSE(damaged.has_value());
    CHECK_FALSE(damaged.error().message.empty());
}

TEST_CASE("every truncation and byte flip of the form ends in fields or a problem, never a crash")
{
    const std::string original = helder::test::readFile(helder::test::fixture("printer/form.pdf"));
    REQUIRE(original.size() > 1000);
    const std::vector<std::string> codes = {"not-a-pdf", "damaged", "encrypted"};
    std::size_t readable = 0;
    for (std::size_t length = 0; length < original.size(); length += 61) {
        const auto result = readFields(std::as_bytes(std::span(original.data(), length)));
        if (result)
            ++readable;
        else
            CHECK(std::ranges::find(codes, result.error().code) != codes.end());
    }
    CHECK(readable == 0);  // cut before %%EOF: the cross-reference table is gone
    for (std::size_t at = 0; at < original.size(); at += 37) {
        std::string damaged = original;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
        const auto result = readFields(std::as_bytes(std::span(damaged.data(), damaged.size())));
        if (!result)
            CHECK(std::ranges::find(codes, result.error().code) != codes.end());
    }
}

TEST_CASE("field kinds have stable names")
{
    CHECK(std::string(helder::printer::toString(FieldKind::RadioGroup)) == "radio");
    CHECK(std::string(helder::printer::toString(FieldKind::Checkbox)) == "checkbox");
    CHECK(std::string(helder::printer::toString(FieldKind::Unknown)) == "unknown");
}
