#include "i18n/Catalog.hpp"

#include "i18n/LocaleDirectory.hpp"

#include "TestLocales.hpp"

#include <doctest/doctest.h>

#include <thread>

using namespace helder;

namespace {

const i18n::LocaleDirectory& shipped()
{
    static const i18n::LocaleDirectory directory = i18n::LocaleDirectory::read(test::sourceDir() / "locales");
    return directory;
}

const i18n::Catalog& catalog()
{
    REQUIRE_MESSAGE(shipped().diagnostics.empty(), test::describe(shipped().diagnostics));
    static const i18n::Catalog instance(shipped().files, shipped().languages);
    return instance;
}

std::string questions(std::string_view language, std::int64_t count)
{
    return catalog().format(language, "start.question_count", {{"count", count}});
}

} // namespace

TEST_CASE("English plurals: one question, two questions")
{
    CHECK(questions("en", 1) == "About 1 question");
    CHECK(questions("en", 2) == "About 2 questions");
}

TEST_CASE("Arabic uses its own plural categories: few for 3, many for 11")
{
    const std::string three = questions("ar", 3);
    const std::string eleven = questions("ar", 11);
    const std::string hundred = questions("ar", 100);
    CHECK(three.find("أسئلة") != std::string::npos);   // few: ٣ أسئلة
    CHECK(eleven.find("سؤالًا") != std::string::npos); // many: ١١ سؤالًا
    CHECK(three != eleven);
    CHECK(eleven != hundred);
    CHECK(questions("ar", 1).find("سؤال واحد") != std::string::npos);
    CHECK(questions("ar", 2).find("سؤالان") != std::string::npos);
    // '#' takes the locale's digits: Arabic-Indic on screen.
    CHECK(three.find("٣") != std::string::npos);
}

TEST_CASE("Polish: 2 and 5 take different forms")
{
    CHECK(questions("pl", 1) == "Około 1 pytanie");
    CHECK(questions("pl", 2) == "Około 2 pytania");
    CHECK(questions("pl", 5) == "Około 5 pytań");
    CHECK(questions("pl", 22) == "Około 22 pytania");
}

TEST_CASE("named string and number arguments are filled in")
{
    CHECK(catalog().format("nl", "question.progress", {{"current", std::int64_t{3}}, {"total", std::int64_t{12}}}) ==
          "Vraag 3 van 12");
    // A plain int is taken as an integer argument.
    CHECK(catalog().format("en", "question.person", {{"n", 2}}) == "Person 2");
    CHECK(catalog().format("en", "rights.may_have_right", {{"hint", "Groeipakket"}}) ==
          "You may also have a right to: Groeipakket");
    CHECK(catalog().format("fr", "validation.too_long", i18n::toMessageArgs({{"max", "35"}})) ==
          "C’est un peu trop long. Utilisez au maximum 35 caractères.");
}

TEST_CASE("a missing key falls back to English, then to the key itself")
{
    const i18n::LocaleFile english{"en.json", R"json({"language": "en", "reviewed": {"by": null, "on": null},
        "messages": {"only.english": "Only in English", "both": "Both (en)"}})json"};
    const i18n::LocaleFile dutch{"nl.json", R"json({"language": "nl", "reviewed": {"by": null, "on": null},
        "messages": {"both": "Beide (nl)", "broken": "{count, plural, one {x}"}})json"};
    const i18n::LocaleFile french{"fr.json", R"json({"language": "fr", "messages": {"both": "Les deux",}})json"};
    const std::vector files{english, dutch, french};
    const i18n::Catalog small(files, i18n::LanguageList{});
    CHECK(small.format("nl", "both") == "Beide (nl)");
    CHECK(small.format("nl", "only.english") == "Only in English");
    CHECK(small.format("nl", "no.such.key") == "no.such.key");
    CHECK(small.format("xx", "both") == "Both (en)");
    // A file that is not valid JSON is left out as a whole.
    CHECK_FALSE(small.hasLanguage("fr"));
    CHECK(small.format("fr", "both") == "Both (en)");
    // A message that does not parse is skipped like a missing one.
    CHECK(small.format("nl", "broken") == "broken");
    CHECK(small.has("nl", "both"));
    CHECK_FALSE(small.has("nl", "only.english"));
    CHECK(small.languages() == std::vector<std::string>{"en", "nl"});
}

TEST_CASE("an empty catalog returns keys")
{
    const i18n::Catalog empty;
    CHECK(empty.format("nl", "welcome.touch_to_start") == "welcome.touch_to_start");
    CHECK_FALSE(empty.hasLanguage("nl"));
}

TEST_CASE("the same message can be formatted from several threads")
{
    REQUIRE(catalog().hasLanguage("uk")); // loads the catalog here: a failed REQUIRE must not happen in a thread
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&results, i] {
            for (int n = 0; n < 50; ++n)
                results[i] = questions("uk", 5);
        });
    for (auto& thread : threads)
        thread.join();
    for (const auto& result : results)
        CHECK(result == "Приблизно 5 запитань");
}

TEST_CASE("paper gets Latin digits whatever the language; the screen keeps the language's own")
{
    const i18n::MessageArgs page{{"page", 2}, {"pages", 13}};
    const std::string screen = catalog().format("ar", "sheet.page", page);
    const std::string paper = catalog().formatForPaper("ar", "sheet.page", page);
    CHECK(screen.find("١٣") != std::string::npos);
    CHECK(paper == "الصفحة 2 من 13");
    CHECK(catalog().formatForPaper("prs", "sheet.page", page) == "صفحهٔ 2 از 13");
    // Plural forms still follow the language on paper.
    CHECK(catalog().formatForPaper("ar", "start.question_count", {{"count", 11}}) == "حوالي 11 سؤالًا");
    CHECK(catalog().formatForPaper("nl", "sheet.page", page) == "Pagina 2 van 13");
}
