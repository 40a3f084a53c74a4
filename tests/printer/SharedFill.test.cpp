// Fills every real form in $HELDER_SHARED_DIR/pdfs: every writable text field gets a value mixing
// scripts (MaxLen and comb fields one that fits), every checkbox is ticked and every radio group
// set. pdftotext must then extract every part of the value, and re-reading must show the values.

#include "core/TemplateLoader.hpp"
#include "printer/FormFiller.hpp"
#include "storage/FormFolder.hpp"
#include "tools/ScaffoldCommand.hpp"

#include "PdfTools.hpp"
#include "TestPaths.hpp"

#include "text/Graphemes.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <sstream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using helder::printer::FieldInfo;
using helder::printer::FieldKind;
using helder::printer::FieldValue;

const std::string kMixed = "Łódź Ağrı Київ محمد ትግራይ";
const std::vector<std::string> kParts = {"Łódź", "Ağrı", "Київ", "محمد", "ትግራይ"};
// For fields with a MaxLen: Latin, Cyrillic, Arabic and Ethiopic letters without spaces.
const std::string kShortMixed = "ŁКمትAğКмትŁКمትAğКмትŁКمትAğКмт";

std::string firstGraphemes(const std::string& text, std::size_t count)
{
    const std::vector<std::size_t> boundaries = helder::text::graphemeBoundaries(text);
    return text.substr(0, boundaries[std::min(count, boundaries.size() - 1)]);
}

bool visible(const FieldInfo& field)
{
    return !field.hidden && std::any_of(field.widgets.begin(), field.widgets.end(),
                                        [](const auto& widget) { return widget.page > 0 && widget.rect.width > 1; });
}

} // namespace

TEST_CASE("every real form is filled in every script")
{
    if (!helder::test::sharedDirAvailable()) {
        MESSAGE("no shared PDFs: skipped");
        return;
    }
    auto filler = helder::printer::FormFiller::create();
    REQUIRE(filler.has_value());
    std::vector<fs::path> pdfs;
    for (const auto& entry : fs::directory_iterator(helder::test::sharedDir() / "pdfs")) {
        if (entry.path().extension() == ".pdf")
            pdfs.push_back(entry.path());
    }
    std::sort(pdfs.begin(), pdfs.end());
    REQUIRE_FALSE(pdfs.empty());

    for (const fs::path& pdf : pdfs) {
        CAPTURE(pdf.filename().string());
        const std::string bytes = helder::test::readFile(pdf);
        const auto fields = helder::printer::readFields(std::as_bytes(std::span(bytes.data(), bytes.size())));
        REQUIRE_MESSAGE(fields.has_value(), fields.error().message);

        std::vector<FieldValue> values;
        std::map<std::string, std::string> expected;
        bool fullValueShown = false;
        for (const FieldInfo& field : *fields) {
            if (field.readOnly || field.widgets.empty())
                continue;
            if (field.kind == FieldKind::Text) {
                const std::string value = field.maxLength ? firstGraphemes(kShortMixed, static_cast<std::size_t>(*field.maxLength))
                                                          : kMixed;
                values.push_back({field.name, value, {}});
                expected[field.name] = value;
                fullValueShown = fullValueShown || (!field.maxLength && visible(field));
            } else if (field.kind == FieldKind::Checkbox && !field.exportValues.empty()) {
                values.push_back({field.name, true, {}});
                expected[field.name] = field.exportValues.front();
            } else if (field.kind == FieldKind::RadioGroup && !field.exportValues.empty()) {
                values.push_back({field.name, field.exportValues.back(), {}});
                expected[field.name] = field.exportValues.back();
            }
        }
        const auto filled = filler->fill(std::as_bytes(std::span(bytes.data(), bytes.size())), values, {});
        REQUIRE_MESSAGE(filled.has_value(), filled.error().message);
        CHECK(filled->missingCodePoints.empty());
        if (pdf.filename().string().find("xfa_hybrid") != std::string::npos)
            CHECK(filled->removedXfa);

        const auto reread = helder::printer::readFields(filled->pdf);
        REQUIRE_MESSAGE(reread.has_value(), reread.error().message);
        for (const FieldInfo& field : *reread) {
            if (const auto want = expected.find(field.name); want != expected.end())
                CHECK_MESSAGE(field.value == want->second, field.name);
        }
        if (fullValueShown) {
            const auto path = helder::test::writeTemporaryPdf(filled->pdf, "helder-shared-fill");
            const std::string text = helder::test::pdfText(path);
            fs::remove(path);
            for (const std::string& part : kParts)
                CHECK_MESSAGE(text.find(part) != std::string::npos, part);
        }
    }
}

TEST_CASE("scaffold on real forms gives templates that load")
{
    if (!helder::test::sharedDirAvailable()) {
        MESSAGE("no shared PDFs: skipped");
        return;
    }
    const fs::path root = fs::temp_directory_path() / ("helder-shared-scaffold-" + std::to_string(::getpid()));
    for (const char* name : {"uk_hmcts_N244_application_notice.pdf", "us_irs_fw9_2018_xfa_hybrid.pdf",
                             "fr_cerfa14411_ameli_rattachement_ayants_droit.pdf"}) {
        CAPTURE(std::string(name));
        const std::string pdf = (helder::test::sharedDir() / "pdfs" / name).string();
        std::ostringstream printed;
        std::ostringstream err;
        REQUIRE_MESSAGE(helder::tools::runScaffoldCommand({pdf}, printed, err) == 0, err.str());
        const std::string id = nlohmann::json::parse(printed.str())["id"].get<std::string>();
        std::ostringstream out;
        REQUIRE_MESSAGE(helder::tools::runScaffoldCommand({pdf, "--out", (root / id).string()}, out, err) == 0, err.str());
        const auto sources = helder::storage::readFormFolder(root / id);
        REQUIRE(sources.has_value());
        const helder::core::TemplateLoad load = helder::core::loadTemplate(*sources);
        std::string problems;
        for (const auto& diagnostic : load.diagnostics)
            problems += helder::core::formatDiagnostic(diagnostic) + "\n";
        CHECK_MESSAGE(load.form.has_value(), problems);
    }
    fs::remove_all(root);
}
