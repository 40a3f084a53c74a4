#include "i18n/CatalogCheck.hpp"

#include "TestLocales.hpp"

#include <doctest/doctest.h>

using namespace helder;
using helder::test::describe;
using helder::test::i18nFixture;
using helder::test::withCode;

TEST_CASE("a clean reviewed English file gives no diagnostics")
{
    const std::vector files{i18nFixture("en.json")};
    const auto diagnostics = i18n::checkCatalog(files);
    INFO(describe(diagnostics));
    CHECK(diagnostics.empty());
}

TEST_CASE("a missing translation is reported with its key, file, JSON path and line:column")
{
    const std::vector files{i18nFixture("en.json"), i18nFixture("missing/nl.json")};
    const auto diagnostics = i18n::checkCatalog(files);
    INFO(describe(diagnostics));
    const auto missing = withCode(diagnostics, "missing-translation");
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].severity == core::Severity::Error);
    CHECK(missing[0].file == "tests/fixtures/i18n/missing/nl.json");
    CHECK(missing[0].jsonPath == "/messages/form.title");
    CHECK(missing[0].message.find("form.title") != std::string::npos);
    // The key is absent, so the position is that of the "messages" object it belongs in.
    CHECK(missing[0].position == core::SourcePosition{4, 15});
    CHECK(core::hasErrors(diagnostics));
}

TEST_CASE("an unreviewed file is a warning, not an error")
{
    const std::vector files{i18nFixture("en.json"), i18nFixture("missing/nl.json")};
    const auto diagnostics = i18n::checkCatalog(files);
    const auto notReviewed = withCode(diagnostics, "not-reviewed");
    REQUIRE(notReviewed.size() == 1);
    CHECK(notReviewed[0].severity == core::Severity::Warning);
    CHECK(notReviewed[0].jsonPath == "/reviewed");
    CHECK(notReviewed[0].position == core::SourcePosition{3, 15});
}

TEST_CASE("a broken MessageFormat is reported at the offending character")
{
    const std::vector files{i18nFixture("en.json"), i18nFixture("broken/nl.json")};
    const auto diagnostics = i18n::checkCatalog(files);
    INFO(describe(diagnostics));
    const auto syntax = withCode(diagnostics, "message-syntax");
    REQUIRE(syntax.size() == 1);
    CHECK(syntax[0].severity == core::Severity::Error);
    CHECK(syntax[0].jsonPath == "/messages/start.question_count");
    CHECK(syntax[0].position.line == 6);
    // The value starts at column 29; ICU places the error where the body of the unclosed plural
    // starts (character 25 of the message, after "plural,").
    CHECK(syntax[0].position.column == 54);
    CHECK(syntax[0].message.find("character 25") != std::string::npos);
    // A message that does not parse is not also compared for its arguments.
    CHECK(withCode(diagnostics, "argument-mismatch").empty());
}

TEST_CASE("argument names, extra keys, unknown keys and plural forms are checked")
{
    const std::vector files{i18nFixture("en.json"), i18nFixture("mismatch/pl.json")};
    const auto diagnostics = i18n::checkCatalog(files);
    INFO(describe(diagnostics));

    const auto unknown = withCode(diagnostics, "unknown-key");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].jsonPath == "/comment");
    CHECK(unknown[0].position == core::SourcePosition{4, 3});

    const auto mismatch = withCode(diagnostics, "argument-mismatch");
    REQUIRE(mismatch.size() == 1);
    CHECK(mismatch[0].jsonPath == "/messages/rights.hint");
    CHECK(mismatch[0].position.line == 8);
    CHECK(mismatch[0].message.find("{right}") != std::string::npos);
    CHECK(mismatch[0].message.find("{hint}") != std::string::npos);

    const auto extra = withCode(diagnostics, "extra-translation");
    REQUIRE(extra.size() == 1);
    CHECK(extra[0].jsonPath == "/messages/rights.extra");
    CHECK(extra[0].position == core::SourcePosition{9, 5});

    // Polish counts need "few" (2 pytania) and "many" (5 pytań).
    const auto plural = withCode(diagnostics, "plural-category-missing");
    REQUIRE(plural.size() == 2);
    CHECK(plural[0].severity == core::Severity::Warning);
    CHECK(plural[0].jsonPath == "/messages/start.question_count");
}

TEST_CASE("without the English reference file the catalog cannot be compared")
{
    const std::vector files{i18nFixture("missing/nl.json")};
    const auto diagnostics = i18n::checkCatalog(files);
    CHECK(withCode(diagnostics, "missing-reference").size() == 1);
}

TEST_CASE("a file whose language does not match its name, or with a bad review date, is an error")
{
    const i18n::LocaleFile renamed{"locales/fr.json", R"({
  "language": "nl",
  "reviewed": {"by": "Someone", "on": "yesterday"},
  "messages": {}
})"};
    const std::vector files{i18nFixture("en.json"), renamed};
    const auto diagnostics = i18n::checkCatalog(files);
    INFO(describe(diagnostics));
    CHECK(withCode(diagnostics, "language-mismatch").size() == 1);
    const auto badDate = withCode(diagnostics, "wrong-type");
    REQUIRE(badDate.size() == 1);
    CHECK(badDate[0].jsonPath == "/reviewed/on");
    CHECK(withCode(diagnostics, "missing-translation").size() == 3);
}

TEST_CASE("a JSON syntax error in a language file is reported with its position")
{
    const i18n::LocaleFile broken{"locales/nl.json", "{\n  \"language\": \"nl\",\n  \"messages\": {,}\n}\n"};
    const std::vector files{i18nFixture("en.json"), broken};
    const auto diagnostics = i18n::checkCatalog(files);
    INFO(describe(diagnostics));
    REQUIRE(core::hasErrors(diagnostics));
    bool found = false;
    for (const auto& diagnostic : diagnostics)
        found = found || (diagnostic.file == "locales/nl.json" && diagnostic.position.line == 3);
    CHECK(found);
}

TEST_CASE("numbered arguments and unknown argument types are errors")
{
    const i18n::LocaleFile english{"locales/en.json", R"json({
  "language": "en",
  "reviewed": {"by": "Test Reviewer", "on": "2026-11-01"},
  "messages": {
    "numbered": "About {0} questions",
    "bad_type": "About {count, nonsense} questions",
    "fine": "{kind, select, yes {Yes} other {No}}"
  }
})json"};
    const std::vector files{english};
    const auto diagnostics = i18n::checkCatalog(files);
    INFO(describe(diagnostics));
    const auto numbered = withCode(diagnostics, "numbered-argument");
    REQUIRE(numbered.size() == 1);
    CHECK(numbered[0].jsonPath == "/messages/numbered");
    // The value's quote is at column 17; the "0" of "{0}" is character 8 of the message.
    CHECK(numbered[0].position == core::SourcePosition{5, 25});
    const auto syntax = withCode(diagnostics, "message-syntax");
    REQUIRE(syntax.size() == 1);
    CHECK(syntax[0].jsonPath == "/messages/bad_type");
    CHECK(diagnostics.size() == 2);
}
