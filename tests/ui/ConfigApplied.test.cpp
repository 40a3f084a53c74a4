// The kiosk config applied: the languages offered (order, subset, unknown codes), the local forms
// folder merged with the shipped one (a local form with the same id wins), and the postcode list
// read into the table the postcode question uses.

#include "app/FormLibrary.hpp"
#include "app/OfferedLanguages.hpp"
#include "app/PostcodeFile.hpp"

#include "../tools/ScratchFolder.hpp"
#include "UiHarness.hpp"

#include <fstream>
#include <string>
#include <vector>

using namespace helder;
using helder::test::ScratchFolder;
using helder::ui::test::testDay;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> codes(const i18n::LanguageList& list)
{
    std::vector<std::string> result;
    for (const i18n::Language& language : list.languages()) {
        result.push_back(language.code);
    }
    return result;
}

void write(const fs::path& file, const std::string& text)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
}

std::string read(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const core::Template* find(const app::FormLibrary& library, std::string_view id)
{
    for (const core::Template& form : library.forms) {
        if (form.id == id) {
            return &form;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("the config's languages: only those, in its order, unknown codes reported")
{
    const i18n::LanguageList& all = ui::test::World::get().locales.languages;
    REQUIRE(all.languages().size() == 15);

    const std::vector<std::string> wanted{"ar", "nl", "xx", "fr", "nl"};
    const app::OfferedLanguages offered = app::offeredLanguages(all, wanted);
    CHECK(codes(offered.languages) == std::vector<std::string>{"ar", "nl", "fr"});
    CHECK(offered.unknown == std::vector<std::string>{"xx"});
    REQUIRE(offered.languages.find("ar"));
    CHECK(offered.languages.find("ar")->direction == i18n::Direction::Rtl);
    CHECK_FALSE(offered.languages.find("ti"));

    CHECK(codes(app::offeredLanguages(all, {}).languages) == codes(all));
    CHECK(app::offeredLanguages(all, {}).unknown.empty());

    // Nothing known: every language rather than none, and every code reported.
    const std::vector<std::string> typos{"dutch", "qq"};
    const app::OfferedLanguages fallback = app::offeredLanguages(all, typos);
    CHECK(codes(fallback.languages) == codes(all));
    CHECK(fallback.unknown == typos);
}

TEST_CASE("the welcome grid offers exactly the config's languages")
{
    ui::test::World& world = ui::test::World::get();
    const std::vector<std::string> wanted{"fr", "nl", "ti"};
    const i18n::LanguageList offered = app::offeredLanguages(world.locales.languages, wanted).languages;
    const core::Session session;
    const ui::UiState settings;
    const ui::ScreenInput input{session, world.context, world.catalog, offered, settings, 1280.0F, 800.0F, false};
    const ui::ScreenDescription screen = ui::buildScreen(*world.engine, input);
    CHECK(screen.has("lang/fr"));
    CHECK(screen.has("lang/nl"));
    CHECK(screen.has("lang/ti"));
    CHECK_FALSE(screen.has("lang/en"));
    CHECK_FALSE(screen.has("lang/ar"));
    CHECK(screen.find("lang/fr")->rect.x < screen.find("lang/nl")->rect.x);
}

TEST_CASE("a local form with the id of a shipped one replaces it, a new one is added")
{
    const ScratchFolder scratch;
    const fs::path local = scratch.path() / "local";
    fs::create_directories(local);
    const fs::path copy = local / "uitpas-kansentarief";
    fs::copy(helder::test::sourceDir() / "forms/uitpas-kansentarief", copy, fs::copy_options::recursive);
    std::string texts = read(copy / "texts/nl.json");
    const std::string shippedTitle = "\"title\": \"UiTPAS met kansentarief\"";
    REQUIRE(texts.find(shippedTitle) != std::string::npos);
    texts.replace(texts.find(shippedTitle), shippedTitle.size(), "\"title\": \"UiTPAS van onze stad\"");
    write(copy / "texts/nl.json", texts);
    // A form of the service's own, under an id nothing ships.
    const fs::path own = local / "eigen-adreswijziging";
    fs::copy(helder::test::sourceDir() / "forms/adreswijziging", own, fs::copy_options::recursive);
    std::string form = read(own / "form.json");
    const std::string shippedId = "\"id\": \"adreswijziging\"";
    REQUIRE(form.find(shippedId) != std::string::npos);
    form.replace(form.find(shippedId), shippedId.size(), "\"id\": \"eigen-adreswijziging\"");
    write(own / "form.json", form);

    const app::FormLibrary shipped = app::FormLibrary::load(helder::test::sourceDir() / "forms", testDay());
    const app::FormLibrary merged =
        app::FormLibrary::load(helder::test::sourceDir() / "forms", local, testDay());
    CHECK_MESSAGE(merged.problems.empty(),
                  (merged.problems.empty() ? std::string() : core::formatDiagnostic(merged.problems.front())));
    CHECK(merged.forms.size() == shipped.forms.size() + 1);
    CHECK(merged.replaced == std::vector<std::string>{"uitpas-kansentarief"});
    const core::Template* uitpas = find(merged, "uitpas-kansentarief");
    REQUIRE(uitpas);
    CHECK(uitpas->texts.at("nl").title == "UiTPAS van onze stad");
    CHECK(fs::path(uitpas->directory).parent_path() == local);
    CHECK(find(merged, "eigen-adreswijziging"));
    CHECK(find(merged, "adreswijziging"));
}

TEST_CASE("a broken local form is skipped and reported, the shipped form stays")
{
    const ScratchFolder scratch;
    const fs::path local = scratch.path() / "local";
    fs::create_directories(local);
    const fs::path copy = local / "uitpas-kansentarief";
    fs::copy(helder::test::sourceDir() / "forms/uitpas-kansentarief", copy, fs::copy_options::recursive);
    write(copy / "form.json", "{\"id\": \"uitpas-kansentarief\", ");

    const app::FormLibrary merged =
        app::FormLibrary::load(helder::test::sourceDir() / "forms", local, testDay());
    REQUIRE_FALSE(merged.problems.empty());
    CHECK(merged.problems.front().file.find("local/uitpas-kansentarief/form.json") != std::string::npos);
    CHECK(merged.replaced.empty());
    const core::Template* uitpas = find(merged, "uitpas-kansentarief");
    REQUIRE(uitpas);
    CHECK(uitpas->texts.at("nl").title == "UiTPAS met kansentarief");

    const app::FormLibrary missing =
        app::FormLibrary::load(helder::test::sourceDir() / "forms", scratch.path() / "nowhere", testDay());
    CHECK(missing.problems.size() == 1);
    CHECK(find(missing, "uitpas-kansentarief"));
}

TEST_CASE("the postcode file: read into the table, or a reason naming the file and line")
{
    const ScratchFolder scratch;
    const fs::path good = scratch.path() / "postcodes.csv";
    write(good, "postcode,place\n1000,Brussel\n9000,Gent\n9000,\"Gent, Sint-Pieters\"\n");
    const auto table = app::readPostcodeFile(good);
    REQUIRE(table);
    CHECK(table->size() == 2);
    CHECK(table->places("9000").size() == 2);
    CHECK(table->contains("1000"));

    const fs::path bad = scratch.path() / "bad.csv";
    write(bad, "postcode,place\n1000,Brussel\n9000\n");
    const auto broken = app::readPostcodeFile(bad);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().find("bad.csv") != std::string::npos);
    CHECK(broken.error().find(":3") != std::string::npos);

    const fs::path empty = scratch.path() / "empty.csv";
    write(empty, "postcode,place\n");
    CHECK_FALSE(app::readPostcodeFile(empty));

    const auto missing = app::readPostcodeFile(scratch.path() / "none.csv");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().find("none.csv") != std::string::npos);
}
