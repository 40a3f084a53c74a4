// The committed files in locales/keyboards/: equal to what the generator makes from the
// installed xkb-data, one key of each layout checked, and one for every interface language.

#include "i18n/LanguageList.hpp"
#include "keyboards/KeyboardCatalog.hpp"
#include "keyboards/KeyboardGenerator.hpp"
#include "keyboards/KeyboardJson.hpp"
#include "keyboards/KeyboardLoader.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

using namespace helder::keyboards;
using helder::test::readFile;
using helder::test::sourceDir;

namespace {

Layout shipped(const std::string& name)
{
    const std::string path = keyboardFile(name).value();
    auto layout = parseKeyboardJson(path, readFile(sourceDir() / path));
    REQUIRE_MESSAGE(layout.has_value(), helder::core::formatDiagnostic(layout.error()));
    return *layout;
}

const Key& keyOf(const Layout& layout, std::string_view id)
{
    for (const auto& row : layout.rows)
        for (const auto& key : row)
            if (key.id == id)
                return key;
    FAIL("no key " << id);
    throw std::logic_error("unreachable");
}

bool typesSomewhere(const Layout& layout, std::string_view character)
{
    for (const auto& row : layout.rows)
        for (const auto& key : row)
            if (key.base == character || key.shift == character)
                return true;
    return false;
}

bool contains(const std::vector<std::string>& list, std::string_view item)
{
    return std::ranges::find(list, item) != list.end();
}

} // namespace

TEST_CASE("the committed layouts equal the generator's output from the installed xkb-data")
{
    const std::string keysymText = readFile(defaultKeysymdefFile);
    REQUIRE_MESSAGE(!keysymText.empty(), "install x11proto-dev and xkb-data (packaging/dev/install-deps.sh)");
    const XkbIncludeResolver resolver(symbolsDirectoryReader(defaultSymbolsDirectory));
    const auto files = generateKeyboardFiles(resolver, KeysymTable::parse(keysymText));
    REQUIRE_MESSAGE(files.has_value(), helder::core::formatDiagnostic(files.error()));
    CHECK(files->size() == generatedLayouts().size() + 1);
    for (const GeneratedFile& file : *files) {
        INFO(file.path << " differs from the generator's output: run cmake --build BUILD --target "
                          "keyboards-regenerate and commit the result");
        CHECK(readFile(sourceDir() / file.path) == file.text);
    }
    // No stray layout that nothing generates any more.
    for (const auto& entry : std::filesystem::directory_iterator(sourceDir() / "locales" / "keyboards")) {
        if (entry.path().extension() != ".json")
            continue;
        const std::string path = "locales/keyboards/" + entry.path().filename().string();
        INFO(path << " is not produced by the generator");
        CHECK(std::ranges::any_of(*files, [&](const GeneratedFile& file) { return file.path == path; }));
    }
}

TEST_CASE("one key of each layout")
{
    CHECK(keyOf(shipped("be"), "AD01").base == "a"); // AZERTY
    CHECK(keyOf(shipped("be"), "AE02").base == "é");
    CHECK(keyOf(shipped("us"), "AD01").base == "q");
    CHECK(keyOf(shipped("gb"), "BKSL").base == "#");
    CHECK(keyOf(shipped("de"), "AD06").base == "z"); // QWERTZ
    CHECK(keyOf(shipped("es"), "AC10").base == "ñ");
    CHECK(keyOf(shipped("ara"), "AC01").base == "ش");
    CHECK(typesSomewhere(shipped("af"), "پ"));
    CHECK(keyOf(shipped("af"), "AE01").base == "۱"); // Persian digits on the Dari layout
    CHECK(typesSomewhere(shipped("ua"), "ї"));
    CHECK(keyOf(shipped("ru"), "AD01").base == "й");
    CHECK(typesSomewhere(shipped("bg"), "щ"));
    CHECK(typesSomewhere(shipped("tr"), "ı"));
    CHECK(typesSomewhere(shipped("tr"), "ğ"));
    CHECK(keyOf(shipped("tr"), "AC11").shift == "İ");
}

TEST_CASE("Polish and Romanian letters on a long press")
{
    const Layout pl = shipped("pl");
    CHECK(contains(keyOf(pl, "AC01").longPress, "ą"));
    CHECK(contains(keyOf(pl, "AC01").shiftLongPress, "Ą"));
    CHECK(contains(keyOf(pl, "AB01").longPress, "ż"));
    CHECK(contains(keyOf(pl, "AB01").longPress, "ź")); // from the documented table
    CHECK(contains(keyOf(pl, "AC09").longPress, "ł"));
    const Layout ro = shipped("ro");
    CHECK(contains(keyOf(ro, "AC02").longPress, "ș"));
    CHECK(contains(keyOf(ro, "AD05").longPress, "ț"));
    CHECK(contains(keyOf(ro, "AC01").longPress, "ă"));
    CHECK(contains(keyOf(ro, "AC01").longPress, "â"));
}

TEST_CASE("the Belgian dead keys become accented letters on a long press")
{
    const Layout be = shipped("be");
    CHECK(contains(keyOf(be, "AD03").longPress, "ê"));
    CHECK(contains(keyOf(be, "AD03").longPress, "ë"));
    CHECK(contains(keyOf(be, "AD08").shiftLongPress, "Ï"));
}

TEST_CASE("every interface language's keyboard has a file the kiosk can read")
{
    const std::string path = (sourceDir() / "locales" / "languages.json").string();
    const auto languages = helder::i18n::LanguageList::parse(path, readFile(path));
    REQUIRE(languages.has_value());
    REQUIRE_FALSE(languages->empty());
    for (const auto& language : languages->languages()) {
        INFO(language.code << " uses keyboard \"" << language.keyboard << "\"");
        const auto keyboard = loadKeyboard(sourceDir(), language.keyboard);
        REQUIRE_MESSAGE(keyboard.has_value(), helder::core::formatDiagnostic(keyboard.error()));
        CHECK(std::holds_alternative<GeezPicker>(*keyboard) == (language.keyboard == geezPickerName));
    }
}

TEST_CASE("an unknown or malformed keyboard name is an error, not a crash")
{
    const auto unknown = loadKeyboard(sourceDir(), "xx");
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == "missing-keyboard");
    CHECK(unknown.error().file == "locales/keyboards/xx.json");
    const auto malformed = loadKeyboard(sourceDir(), "../languages");
    REQUIRE_FALSE(malformed.has_value());
    CHECK(malformed.error().code == "invalid-keyboard-name");
}

TEST_CASE("keyboard names cannot leave the folder")
{
    CHECK(keyboardFile("be").value() == "locales/keyboards/be.json");
    CHECK(keyboardFile("geez-picker").value() == "locales/keyboards/geez.json");
    for (const std::string_view bad : {"", "../etc/passwd", "BE", "a/b", "be.json", "x y"}) {
        const auto file = keyboardFile(bad);
        REQUIRE_FALSE(file.has_value());
        CHECK(file.error().code == "invalid-keyboard-name");
    }
}
