#include "i18n/LocaleDirectory.hpp"

#include "TestLocales.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>

using namespace helder;

namespace {

// A fresh folder under the system's temporary directory, removed again at the end of the test.
class TemporaryFolder {
public:
    TemporaryFolder()
        : m_path(std::filesystem::temp_directory_path() /
                 ("helder-i18n-test-" + std::to_string(std::random_device{}())))
    {
        std::filesystem::create_directories(m_path);
    }
    ~TemporaryFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    void write(const std::string& name, const std::string& text) const
    {
        std::ofstream(m_path / name, std::ios::binary) << text;
    }

private:
    std::filesystem::path m_path;
};

} // namespace

TEST_CASE("a language listed without its file is reported; the others still load")
{
    const TemporaryFolder folder;
    folder.write("languages.json", R"({"languages": [
  {"code": "en", "endonym": "English", "direction": "ltr", "icu_locale": "en_GB", "voice": "en", "keyboard": "gb"},
  {"code": "de", "endonym": "Deutsch", "direction": "ltr", "icu_locale": "de_BE", "voice": "de", "keyboard": "de"}
]})");
    folder.write("en.json", test::readFile(test::fixture("i18n/en.json")));

    const auto directory = i18n::LocaleDirectory::read(folder.path());
    CHECK(directory.languages.languages().size() == 2);
    REQUIRE(directory.files.size() == 1);
    CHECK(directory.files[0].fileName == (folder.path() / "en.json").string());
    const auto missing = test::withCode(directory.diagnostics, "missing-locale-file");
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].file == (folder.path() / "de.json").string());
    CHECK(core::hasErrors(i18n::checkLocaleDirectory(directory)));
}

TEST_CASE("a folder without languages.json gives one clear error")
{
    const TemporaryFolder folder;
    const auto directory = i18n::LocaleDirectory::read(folder.path());
    CHECK(directory.languages.empty());
    CHECK(directory.files.empty());
    REQUIRE(directory.diagnostics.size() == 1);
    CHECK(directory.diagnostics[0].code == "unreadable-file");
}

TEST_CASE("a broken languages.json is reported with its position")
{
    const TemporaryFolder folder;
    folder.write("languages.json", "{\"languages\": [\n  {\"code\": \"en\",}\n]}");
    const auto directory = i18n::LocaleDirectory::read(folder.path());
    CHECK(directory.languages.empty());
    REQUIRE_FALSE(directory.diagnostics.empty());
    CHECK(directory.diagnostics[0].position.line == 2);
}
