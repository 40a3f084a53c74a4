// What a printed form looks like: the filled fixture rendered by poppler and compared with a
// golden image that a person has looked at (tests/fixtures/printer/golden/filled-form.png).

#include "printer/FormFiller.hpp"

#include "GoldenImage.hpp"
#include "ImageComparison.hpp"
#include "PngFile.hpp"
#include "PdfTools.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>

using helder::printer::FieldValue;

namespace {

helder::text::GreyImage renderCrop(const std::filesystem::path& pdf, const std::string& name = "filled-form")
{
    const std::filesystem::path prefix = std::filesystem::path(HELDER_PRINTER_TEST_OUTPUT) / (name + ".render");
    // Page 1 at 72 dpi: one pixel per point, the fields' area only.
    helder::test::commandOutput("pdftoppm -q -f 1 -l 1 -r 72 -gray -png -singlefile -x 40 -y 115 -W 480 -H 420 '" +
                                pdf.string() + "' '" + prefix.string() + "'");
    const auto image = helder::test::readPng(prefix.string() + ".png");
    REQUIRE_MESSAGE(image.has_value(), "pdftoppm gave no image");
    return *image;
}

const std::vector<FieldValue> kValues{
        {"name", std::string("Łódź Ağrı"), {}},
        {"nationalNumber", std::string("85031412345"), {}},
        {"remarks", std::string("Київ محمد ትግራይ — a long remark that has to wrap onto a second line"), {}},
        {"agree", true, {}},
        {"gender", std::string("x"), {}},
        {"language", std::string("fr"), {}},
        {"province", std::string("LIE"), {}},
        {"applicant.street", std::string("شارع المدينة 12"), {}},
        {"applicant.city", std::string("Gent"), {}},
        {"الاسم", std::string("محمد"), {}},
};

std::expected<helder::printer::FillReport, helder::printer::FillError> fillFixture(bool flatten)
{
    static auto filler = helder::printer::FormFiller::create();
    REQUIRE(filler.has_value());
    const std::string form = helder::test::readFile(helder::test::fixture("printer/form.pdf"));
    helder::printer::FillOptions options;
    options.flatten = flatten;
    return filler->fill(std::as_bytes(std::span(form.data(), form.size())), kValues, options);
}

} // namespace

TEST_CASE("golden image: the filled form as poppler draws it")
{
    const auto filled = fillFixture(false);
    REQUIRE_MESSAGE(filled.has_value(), filled.error().message);
    const auto pdf = helder::test::writeTemporaryPdf(filled->pdf, "helder-golden");
    const helder::text::GreyImage actual = renderCrop(pdf);
    std::filesystem::remove(pdf);

    helder::test::checkGoldenImage(actual, helder::test::fixture("printer/golden/filled-form.png"),
                                   HELDER_PRINTER_TEST_OUTPUT);
}

TEST_CASE("flattening draws the same page and removes the form")
{
    const auto filled = fillFixture(false);
    const auto flat = fillFixture(true);
    REQUIRE_MESSAGE(filled.has_value(), filled.error().message);
    REQUIRE_MESSAGE(flat.has_value(), flat.error().message);
    const auto fields = helder::printer::readFields(flat->pdf);
    REQUIRE(fields.has_value());
    CHECK(fields->empty());

    const auto filledPdf = helder::test::writeTemporaryPdf(filled->pdf, "helder-unflattened");
    const auto flatPdf = helder::test::writeTemporaryPdf(flat->pdf, "helder-flattened");
    const helder::text::GreyImage before = renderCrop(filledPdf, "unflattened");
    const helder::text::GreyImage after = renderCrop(flatPdf, "flattened");
    const std::string text = helder::test::pdfText(flatPdf);
    std::filesystem::remove(filledPdf);
    std::filesystem::remove(flatPdf);
    const auto difference = helder::test::compareImages(before, after, 48);
    CHECK(difference.sameSize);
    CHECK(difference.differingPixels <= before.pixels.size() / 1000);
    for (const char* part : {"Łódź", "Київ", "محمد", "ትግራይ", "Liège"})
        CHECK_MESSAGE(text.find(part) != std::string::npos, part);
}
