// Multi-select list boxes (/Ff bit 22): several options chosen at once, /V and /I agreeing, every
// chosen row highlighted in the appearance (tests/fixtures/printer/multi_select.pdf).

#include "printer/FormFiller.hpp"

#include "FieldLookup.hpp"
#include "GoldenImage.hpp"
#include "PdfTools.hpp"
#include "PngFile.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <ranges>

using helder::printer::FieldInfo;
using helder::printer::test::field;
using helder::printer::test::reread;
using helder::printer::FieldValue;
using helder::printer::FillError;
using helder::printer::FillReport;

namespace {

using Options = std::vector<std::string>;

std::expected<FillReport, FillError> fillMultiSelect(const std::vector<FieldValue>& values)
{
    static auto filler = helder::printer::FormFiller::create();
    REQUIRE_MESSAGE(filler.has_value(), filler.error());
    static const std::string form = helder::test::readFile(helder::test::fixture("printer/multi_select.pdf"));
    return filler->fill(std::as_bytes(std::span(form.data(), form.size())), values, {});
}

// What filling appended to the fixture (an incremental update), without white space.
std::string appended(const FillReport& report)
{
    const std::size_t original = helder::test::readFile(helder::test::fixture("printer/multi_select.pdf")).size();
    REQUIRE(report.pdf.size() > original);
    std::string compact;
    for (std::size_t i = original; i < report.pdf.size(); ++i) {
        const auto c = static_cast<char>(report.pdf[i]);
        if (c != ' ' && c != '\n' && c != '\r')
            compact += c;
    }
    return compact;
}

// The "languages" widget as poppler draws it, one pixel per point (its /Rect is 50 620 250 720).
helder::text::GreyImage renderListBox(const FillReport& report, const std::string& name)
{
    const auto pdf = helder::test::writeTemporaryPdf(report.pdf, "helder-" + name);
    const std::filesystem::path prefix = std::filesystem::path(HELDER_PRINTER_TEST_OUTPUT) / (name + ".render");
    helder::test::commandOutput("pdftoppm -q -f 1 -l 1 -r 72 -gray -png -singlefile -x 50 -y 122 -W 200 -H 100 '" +
                                pdf.string() + "' '" + prefix.string() + "'");
    std::filesystem::remove(pdf);
    const auto image = helder::test::readPng(prefix.string() + ".png");
    REQUIRE_MESSAGE(image.has_value(), "pdftoppm gave no image");
    return *image;
}

// Bands of rows mostly of the highlight's grey (light blue: neither white nor ink), one per
// highlighted option.
int highlightedBands(const helder::text::GreyImage& image)
{
    int bands = 0;
    bool inBand = false;
    for (int y = 0; y < image.height; ++y) {
        int tinted = 0;
        for (int x = 0; x < image.width; ++x)
            tinted += image.at(x, y) > 150 && image.at(x, y) < 220 ? 1 : 0;
        const bool highlighted = tinted > image.width / 2;
        bands += highlighted && !inBand ? 1 : 0;
        inBand = highlighted;
    }
    return bands;
}

} // namespace

TEST_CASE("multi-select: an array chooses several options, /V holds their export values, /I their sorted indices")
{
    // By export value or by the text shown, in any order.
    const auto filled = fillMultiSelect({{"languages", Options{"ti", "Français"}, {}}});
    REQUIRE_MESSAGE(filled.has_value(), filled.error().message);
    const std::string update = appended(*filled);
    CHECK(update.find("/V[(") != std::string::npos);  // an array of strings
    CHECK(update.find("/I[13]") != std::string::npos);

    const std::vector<FieldInfo> fields = reread(*filled);
    CHECK(field(fields, "languages").multiSelect);
    CHECK_FALSE(field(fields, "firstLanguage").multiSelect);
    CHECK(field(fields, "languages").value == "fr, ti");

    // Every option row is drawn, the chosen ones among them, in every script.
    const auto pdf = helder::test::writeTemporaryPdf(filled->pdf, "helder-multi-select");
    const std::string text = helder::test::pdfText(pdf);
    std::filesystem::remove(pdf);
    for (const char* option : {"Nederlands", "Français", "العربية", "ትግርኛ", "English"})
        CHECK_MESSAGE(text.find(option) != std::string::npos, option << " missing from: " << text);
    CHECK(highlightedBands(renderListBox(*filled, "multi-select")) == 2);
}

TEST_CASE("multi-select: golden image of three rows chosen out of five")
{
    const auto filled = fillMultiSelect({{"languages", Options{"nl", "ar", "en"}, {}}});
    REQUIRE_MESSAGE(filled.has_value(), filled.error().message);
    const helder::text::GreyImage actual = renderListBox(*filled, "multi-select-golden");
    CHECK(highlightedBands(actual) == 3);
    helder::test::checkGoldenImage(actual, helder::test::fixture("printer/golden/multi-select.png"),
                                   HELDER_PRINTER_TEST_OUTPUT);
}

TEST_CASE("multi-select: one string chooses one option, an empty array chooses none")
{
    const auto one = fillMultiSelect({{"languages", std::string("ar"), {}}});
    REQUIRE_MESSAGE(one.has_value(), one.error().message);
    CHECK(appended(*one).find("/V(") != std::string::npos);  // one string, not an array
    CHECK(appended(*one).find("/I[2]") != std::string::npos);
    CHECK(field(reread(*one), "languages").value == "ar");
    CHECK(highlightedBands(renderListBox(*one, "multi-select-one")) == 1);

    const auto none = fillMultiSelect({{"languages", Options{}, {}}});
    REQUIRE_MESSAGE(none.has_value(), none.error().message);
    CHECK(field(reread(*none), "languages").value.empty());
    CHECK(appended(*none).find("/I[") == std::string::npos);
    CHECK(highlightedBands(renderListBox(*none, "multi-select-none")) == 0);
}

TEST_CASE("multi-select: a list for a single-choice field, or an option it lacks, is a wrong value naming the field")
{
    const auto single = fillMultiSelect({{"firstLanguage", Options{"nl", "fr"}, {}}});
    REQUIRE_FALSE(single.has_value());
    CHECK(single.error().code == "wrong-value");
    CHECK(single.error().field == "firstLanguage");
    CHECK(single.error().message.find("\"firstLanguage\"") != std::string::npos);

    const auto unknown = fillMultiSelect({{"languages", Options{"nl", "de"}, {}}});
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == "wrong-value");
    CHECK(unknown.error().field == "languages");
    CHECK(unknown.error().message.find("\"de\"") != std::string::npos);

    // The single-choice list still takes one string.
    const auto chosen = fillMultiSelect({{"firstLanguage", std::string("ti"), {}}});
    REQUIRE_MESSAGE(chosen.has_value(), chosen.error().message);
    CHECK(field(reread(*chosen), "firstLanguage").value == "ti");
}
