// The locales/ folder as shipped: complete, parseable, and consistent with languages.json.

#include "i18n/Catalog.hpp"
#include "i18n/LocaleDirectory.hpp"

#include "TestLocales.hpp"

#include <doctest/doctest.h>

#include <array>

using namespace helder;

namespace {

i18n::LocaleDirectory readShipped()
{
    auto directory = i18n::LocaleDirectory::read(test::sourceDir() / "locales");
    REQUIRE_MESSAGE(directory.diagnostics.empty(), test::describe(directory.diagnostics));
    return directory;
}

} // namespace

TEST_CASE("the shipped locales pass checkCatalog without errors")
{
    const auto directory = readShipped();
    const auto diagnostics = i18n::checkLocaleDirectory(directory);
    std::string errors;
    for (const auto& diagnostic : diagnostics) {
        if (diagnostic.severity == core::Severity::Error || diagnostic.code != "not-reviewed")
            errors += core::formatDiagnostic(diagnostic) + "\n";
    }
    INFO(errors);
    CHECK(errors.empty());
    CHECK_FALSE(core::hasErrors(diagnostics));
}

TEST_CASE("at least the ten required languages ship, each with its file")
{
    const auto directory = readShipped();
    for (const char* code : {"nl", "fr", "en", "ar", "prs", "ti", "uk", "tr", "pl", "ro"}) {
        CAPTURE(code);
        CHECK(directory.languages.find(code) != nullptr);
    }
    CHECK(directory.files.size() == directory.languages.languages().size());
    // Until a native speaker signs a file off, the check says so for each one.
    CHECK(test::withCode(i18n::checkLocaleDirectory(directory), "not-reviewed").size() == directory.files.size());
}

TEST_CASE("every validation message the core can produce is in the catalog, in every language")
{
    constexpr std::array keys{"validation.required",         "validation.number",         "validation.number_min",
                              "validation.number_max",       "validation.money",          "validation.money_negative",
                              "validation.money_decimals",   "validation.date",           "validation.date_future",
                              "validation.date_min",         "validation.date_max",       "validation.nrn_format",
                              "validation.nrn_check",        "validation.iban_format",    "validation.iban_check",
                              "validation.postcode_format",  "validation.postcode_unknown", "validation.phone",
                              "validation.email",            "validation.too_long",       "validation.latin_only",
                              "validation.choice"};
    const auto directory = readShipped();
    const i18n::Catalog catalog(directory.files, directory.languages);
    for (const auto& language : directory.languages.languages()) {
        for (const char* key : keys) {
            CAPTURE(language.code);
            CAPTURE(key);
            CHECK(catalog.has(language.code, key));
        }
    }
    CHECK(catalog.format("nl", "validation.number_min", {{"min", "18"}}).find("18") != std::string::npos);
    CHECK(catalog.format("ar", "validation.date_max", {{"max", "14/03/1985"}}).find("14/03/1985") !=
          std::string::npos);
}
