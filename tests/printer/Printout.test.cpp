// The printout of a visit (PrintoutMaker): the review sheet, then the filled official form, as one
// PDF, read back the way a person or a screen reader would: pdftotext, page by page.

#include "printer/Printout.hpp"

#include "core/Session.hpp"
#include "core/TemplateLoader.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/LocaleDirectory.hpp"
#include "storage/FormFolder.hpp"

#include "GoldenImage.hpp"
#include "PdfTools.hpp"
#include "PngFile.hpp"
#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <regex>

using helder::core::Answer;
using helder::core::Value;

namespace {

struct Fixture {
    helder::core::Template form;
    helder::i18n::Catalog catalog;
    helder::printer::FormFiller filler;
};

Fixture& fixture()
{
    static Fixture* loaded = [] {
        const auto sources = helder::storage::readFormFolder(helder::test::sourceDir() / "forms" / "uitpas-kansentarief");
        REQUIRE(sources.has_value());
        auto load = helder::core::loadTemplate(*sources);
        REQUIRE(load.form.has_value());
        const auto locales = helder::i18n::LocaleDirectory::read(helder::test::sourceDir() / "locales");
        auto filler = helder::printer::FormFiller::create();
        REQUIRE(filler.has_value());
        return new Fixture{std::move(*load.form), helder::i18n::Catalog(locales.files, locales.languages),
                           std::move(*filler)};
    }();
    return *loaded;
}

Answer given(Value value, std::string typed)
{
    Answer answer;
    answer.value = std::move(value);
    answer.typed = std::move(typed);
    return answer;
}

Answer text(const std::string& typed)
{
    return given(Value(typed), typed);
}

// A visitor who answered most questions, did not know their national register number, kept a
// postcode that failed its check, wrote their first name in Arabic and left the box number empty.
helder::core::Session visit(const std::string& language)
{
    helder::core::Session session;
    session.interfaceLanguage = language;
    session.formLanguage = language;
    session.formId = "uitpas-kansentarief";
    session.sessionCode = "K7Q2XA";
    session.today = *helder::core::Date::fromYmd(2026, 11, 23);
    auto& answers = session.answers;
    answers["first_name"] = text("أمينة");
    answers["last_name"] = text("El Amrani");
    answers["birth_date"] = given(Value(*helder::core::Date::fromYmd(1985, 3, 14)), "14/03/1985");
    Answer dontKnow;
    dontKnow.kind = Answer::Kind::DontKnow;
    answers["nrn"] = dontKnow;
    answers["street"] = text("Kerkstraat");
    answers["house_number"] = text("12");
    Answer kept;
    kept.typed = "9999";
    kept.keptAsTyped = helder::core::ValidationProblem{"validation.postcode_unknown", {}};
    answers["postcode"] = kept;
    answers["municipality"] = text("Gent");
    answers["status"] = given(Value(std::string("increased_reimbursement")), "increased_reimbursement");
    answers["has_uitpas"] = given(Value(false), "false");
    answers["lives_with_others"] = given(Value(true), "true");
    helder::core::AnswerMap member;
    member["member_name"] = text("Youssef El Amrani");
    member["member_birth_date"] = given(Value(*helder::core::Date::fromYmd(2012, 9, 1)), "01/09/2012");
    session.members["household"].push_back(member);
    answers["family_cards"] = given(Value(true), "true");
    answers["consent"] = given(Value(true), "true");
    return session;
}

struct Made {
    helder::printer::Printout printout;
    std::filesystem::path file;
    std::vector<std::string> pages;  // pdftotext of each page, whitespace collapsed
    std::vector<std::string> raw;    // pdftotext -raw of each page without any whitespace (the diagonal watermark)
};

std::string collapsed(const std::string& text, bool keepSpaces)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // pdftotext wraps right-to-left runs in U+202B … U+202C (E2 80 AB, E2 80 AC).
        if (text.compare(i, 2, "\xE2\x80") == 0 && i + 2 < text.size() && (text[i + 2] == '\xAB' || text[i + 2] == '\xAC')) {
            i += 2;
            continue;
        }
        const bool space = text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\f';
        if (!space)
            out += text[i];
        else if (keepSpaces && !out.empty() && out.back() != ' ')
            out += ' ';
    }
    return out;
}

Made make(const helder::core::Session& session, bool copy, const std::string& stem)
{
    Fixture& loaded = fixture();
    helder::printer::PrintoutMaker maker(loaded.filler);
    const helder::printer::PrintoutRequest request{loaded.form, session, loaded.catalog, "nl", session.today, copy};
    auto printout = maker.make(request);
    REQUIRE_MESSAGE(printout.has_value(), printout.error().code << ": " << printout.error().message);
    Made made{std::move(*printout), {}, {}, {}};
    made.file = helder::test::writeTemporaryPdf(made.printout.pdf, stem);
    const int total = made.printout.reviewSheetPages + made.printout.formPages;
    for (int page = 1; page <= total; ++page) {
        const std::string range = " -f " + std::to_string(page) + " -l " + std::to_string(page) + " ";
        made.pages.push_back(collapsed(helder::test::commandOutput("pdftotext -q -enc UTF-8" + range + "'" +
                                                                   made.file.string() + "' -"), true));
        made.raw.push_back(collapsed(helder::test::commandOutput("pdftotext -q -raw -enc UTF-8" + range + "'" +
                                                                 made.file.string() + "' -"), false));
    }
    return made;
}

std::string message(const std::string& language, const std::string& key, const helder::i18n::MessageArgs& args = {})
{
    return fixture().catalog.formatForPaper(language, key, args);
}

bool has(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

std::string sheetText(const Made& made)
{
    std::string all;
    for (int page = 0; page < made.printout.reviewSheetPages; ++page)
        all += made.pages[static_cast<std::size_t>(page)] + " ";
    return all;
}

} // namespace

TEST_CASE("printout in nl: the review sheet, highlights, hints, then the filled form, every page stamped")
{
    const Made made = make(visit("nl"), false, "helder-printout-nl");
    REQUIRE(made.printout.reviewSheetPages >= 1);
    REQUIRE(made.printout.formPages == 2);
    REQUIRE(made.pages.size() == static_cast<std::size_t>(made.printout.reviewSheetPages + 2));
    const std::string sheet = sheetText(made);

    CHECK(has(made.pages[0], message("nl", "sheet.title")));
    CHECK(has(sheet, "Formulier: UiTPAS met kansentarief, versie 2026.1"));
    CHECK(has(sheet, "Wat is je familienaam?"));
    CHECK(has(sheet, "El Amrani"));
    CHECK(has(sheet, "14/03/1985"));
    CHECK(has(sheet, "01/09/2012"));
    CHECK(has(sheet, "Persoon 1"));
    CHECK(has(sheet, "Youssef El Amrani"));
    // The free text in Arabic, as typed, and the worker asked to translate it.
    CHECK(has(sheet, "أمينة"));
    CHECK(has(sheet, message("nl", "sheet.to_translate")));
    // Highlights with their reasons.
    CHECK(has(sheet, message("nl", "sheet.dont_know")));
    CHECK(has(sheet, message("nl", "sheet.not_answered")));
    CHECK(has(sheet, "9999"));
    CHECK(has(sheet, message("nl", "sheet.kept_as_typed", {{"reason", message("nl", "validation.postcode_unknown")}})));
    // Documents and the rights hints that apply, not the one that does not.
    CHECK(has(sheet, "Je identiteitskaart"));
    CHECK(has(sheet, message("nl", "sheet.also_check", {{"hint", "het sociaal tarief voor gas en elektriciteit"}})));
    CHECK(has(sheet, "korting op de trein (NMBS)"));
    CHECK_FALSE(has(sheet, "een verhoogde tegemoetkoming van het ziekenfonds: dan betaal je minder"));
    CHECK(has(sheet, message("nl", "sheet.signature_visitor")));
    CHECK(has(sheet, message("nl", "sheet.signature_worker")));
    CHECK(has(sheet, "23/11/2026"));

    // The form follows the sheet, filled, with the Arabic name left for the worker.
    const std::string& form = made.pages[static_cast<std::size_t>(made.printout.reviewSheetPages)];
    CHECK(has(form, "Aanvraag UiTPAS met kansentarief"));
    CHECK(has(form, "El Amrani"));
    CHECK(has(form, "Kerkstraat"));
    CHECK_FALSE(has(form, "أمينة"));

    for (std::size_t i = 0; i < made.pages.size(); ++i) {
        CAPTURE(i);
        CHECK(has(made.pages[i], message("nl", "sheet.page", {{"page", static_cast<std::int64_t>(i + 1)}, {"pages", static_cast<std::int64_t>(made.pages.size())}})));
        CHECK(has(made.pages[i], message("nl", "sheet.session_code", {{"code", "K7Q2XA"}})));
        CHECK_FALSE(has(made.pages[i], message("nl", "sheet.copy")));
        CHECK(has(made.raw[i], collapsed(message("nl", "sheet.model"), false)));
    }
    std::filesystem::remove(made.file);
}

TEST_CASE("printout in ar: the visitor's language under the worker's, right to left; a reprint says COPY")
{
    const Made made = make(visit("ar"), true, "helder-printout-ar");
    const std::string sheet = sheetText(made);
    CHECK(has(made.pages[0], message("nl", "sheet.title")));
    CHECK(has(made.pages[0], message("ar", "sheet.title")));
    CHECK(has(sheet, "Wat is je familienaam?"));
    CHECK(has(sheet, "ما اسم عائلتك؟"));
    CHECK(has(made.pages[0], message("nl", "sheet.visitor_language", {{"language", "Arabisch"}})));
    CHECK(has(sheet, message("ar", "sheet.not_answered")));
    CHECK(has(sheet, message("nl", "sheet.not_answered")));
    CHECK(has(sheet, "في القطار"));
    CHECK_FALSE(has(sheet, "تدفع عندها أقل للطبيب"));
    CHECK(has(sheet, "أمينة"));
    CHECK(has(made.pages[static_cast<std::size_t>(made.printout.reviewSheetPages)], "El Amrani"));
    for (std::size_t i = 0; i < made.pages.size(); ++i) {
        CAPTURE(i);
        CHECK(has(made.pages[i], message("nl", "sheet.copy")));
        CHECK(has(made.pages[i], message("nl", "sheet.page", {{"page", static_cast<std::int64_t>(i + 1)},
                                                              {"pages", static_cast<std::int64_t>(made.pages.size())}})));
    }
    std::filesystem::remove(made.file);
}

TEST_CASE("a 10,000-character answer wraps across pages of the review sheet")
{
    helder::core::Session session = visit("ar");
    std::string longAnswer;
    while (longAnswer.size() < 10000)
        longAnswer += "أمينة تسكن في مدينة غنت منذ سنوات ";
    longAnswer += "ENDMARK";
    session.answers["first_name"] = text(longAnswer);
    const Made made = make(session, false, "helder-printout-long");
    const Made usual = make(visit("ar"), false, "helder-printout-usual");
    CHECK(made.printout.reviewSheetPages >= usual.printout.reviewSheetPages + 2);
    CHECK(has(sheetText(made), "ENDMARK"));
    CHECK_FALSE(has(made.pages[0], "ENDMARK"));
    std::filesystem::remove(made.file);
    std::filesystem::remove(usual.file);
}

TEST_CASE("nothing on the review sheet or in the stamps is smaller than 11 pt")
{
    const Made made = make(visit("ar"), true, "helder-printout-sizes");
    const std::filesystem::path expanded = made.file.string() + ".qdf.pdf";
    const std::string pages = "1-" + std::to_string(made.printout.reviewSheetPages);
    helder::test::commandOutput("qpdf --qdf --object-streams=disable --empty --pages '" + made.file.string() + "' " +
                                pages + " -- '" + expanded.string() + "' 2>&1");
    const std::string content = helder::test::readFile(expanded);
    REQUIRE_MESSAGE(!content.empty(), "qpdf wrote nothing");
    const std::regex fontSize(R"(/[A-Za-z0-9]+ ([0-9.]+) Tf)");
    int sizes = 0;
    for (auto it = std::sregex_iterator(content.begin(), content.end(), fontSize); it != std::sregex_iterator(); ++it) {
        ++sizes;
        const double size = std::stod((*it)[1].str());
        CHECK_MESSAGE(size >= 11.0, "text at " << size << " pt");
    }
    CHECK(sizes > 20);
    std::filesystem::remove(expanded);
    std::filesystem::remove(made.file);
}

TEST_CASE("a rotated page of the official form is stamped upright in its own bottom margin")
{
    Fixture& loaded = fixture();
    const std::filesystem::path folder = std::filesystem::temp_directory_path() /
                                         ("helder-rotated-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    const std::filesystem::path original = std::filesystem::path(loaded.form.directory) / loaded.form.pdf.file;
    const std::filesystem::path rotated = folder / loaded.form.pdf.file;
    helder::test::commandOutput("qpdf --rotate=+90:2 '" + original.string() + "' '" + rotated.string() + "' 2>&1");
    REQUIRE(std::filesystem::exists(rotated));
    helder::core::Template form = loaded.form;
    form.directory = folder.string();

    helder::printer::PrintoutMaker maker(loaded.filler);
    const helder::core::Session session = visit("nl");
    const auto printout = maker.make({form, session, loaded.catalog, "nl", session.today, false});
    REQUIRE_MESSAGE(printout.has_value(), printout.error().message);
    const auto file = helder::test::writeTemporaryPdf(printout->pdf, "helder-printout-rotated");
    const int last = printout->reviewSheetPages + printout->formPages;
    const std::string pageLabel = message("nl", "sheet.page", {{"page", std::int64_t{1}}, {"pages", std::int64_t{1}}});
    const std::string word = pageLabel.substr(0, pageLabel.find(' '));  // "Pagina"
    for (int page : {last - 1, last}) {
        CAPTURE(page);
        const std::string bbox = helder::test::commandOutput("pdftotext -q -bbox -f " + std::to_string(page) + " -l " +
                                                             std::to_string(page) + " '" + file.string() + "' -");
        std::smatch size;
        REQUIRE(std::regex_search(bbox, size, std::regex(R"re(<page width="([0-9.]+)" height="([0-9.]+)")re")));
        const std::string info = helder::test::commandOutput("pdfinfo -f " + std::to_string(page) + " -l " +
                                                             std::to_string(page) + " '" + file.string() + "'");
        const bool turned = std::regex_search(info, std::regex(R"(rot:\s+90)"));
        CHECK(turned == (page == last));
        // pdftotext gives the unturned page's size and word boxes on the page as shown.
        const double width = std::stod(size[turned ? 2 : 1].str());
        const double height = std::stod(size[turned ? 1 : 2].str());
        std::smatch box;
        const std::regex wordBox("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">" + word +
                                 "</word>");
        REQUIRE(std::regex_search(bbox, box, wordBox));
        const double xMin = std::stod(box[1].str());
        const double yMin = std::stod(box[2].str());
        const double xMax = std::stod(box[3].str());
        const double yMax = std::stod(box[4].str());
        CHECK(xMax - xMin > yMax - yMin);  // horizontal on the page as shown
        CHECK(yMin > height - 40);         // in the bottom margin
        CHECK(xMax > width / 2);           // at the right
    }
    std::filesystem::remove(file);
    std::filesystem::remove_all(folder);
}

TEST_CASE("golden image: the first page of the review sheet")
{
    const Made made = make(visit("ar"), false, "helder-printout-golden");
    const std::filesystem::path prefix = std::filesystem::path(HELDER_PRINTER_TEST_OUTPUT) / "review-sheet.render";
    helder::test::commandOutput("pdftoppm -q -f 1 -l 1 -r 50 -gray -png -singlefile '" + made.file.string() + "' '" +
                                prefix.string() + "'");
    const auto image = helder::test::readPng(prefix.string() + ".png");
    REQUIRE_MESSAGE(image.has_value(), "pdftoppm gave no image");
    helder::test::checkGoldenImage(*image, helder::test::fixture("printer/golden/review-sheet.png"),
                                   HELDER_PRINTER_TEST_OUTPUT);
    std::filesystem::remove(made.file);
}
