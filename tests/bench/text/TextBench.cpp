// Text engine benchmark: a question screen (cold and warm) and 1,000-word paragraphs, beside
// Pango with the same fonts and width, in the same run. Prints medians and ratios.
//
//   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release && cmake --build build-release --target text_bench
//   build-release/tests/bench/text/text_bench

#include "text/TextEngine.hpp"

#include <pango/pangoft2.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <iomanip>
#include <iostream>
#include <locale>
#include <sstream>
#include <string>
#include <vector>

namespace {

using helder::text::LayoutRequest;
using helder::text::TextEngine;

struct Text {
    std::string text;
    float width; // px
};

struct Screen {
    std::string language;
    std::string pangoFamilies;
    std::vector<Text> texts;
};

constexpr float fontSize = 24.0F;

Screen dutchScreen()
{
    return {"nl", "Noto Sans", {
        {"Aanvraag leefloon", 1200}, {"Woont u samen met iemand anders in dezelfde woning?", 1000},
        {"Denk aan uw partner, kinderen, ouders of een huisgenoot. Als u twijfelt, kies dan \"Ik weet het niet\"; "
         "de maatschappelijk werker bekijkt het met u.", 1000},
        {"Ja, met mijn partner", 350}, {"Ja, met iemand anders", 350}, {"Nee, ik woon alleen", 350},
        {"Terug", 200}, {"Ik weet het niet", 200}, {"Voorlezen", 200}, {"Volgende", 200}}};
}

Screen arabicScreen()
{
    return {"ar", "Noto Sans Arabic, Noto Sans", {
        {"طلب الدخل الأدنى", 1200}, {"هل تعيش مع شخص آخر في نفس المسكن؟", 1000},
        {"فكّر في شريكك أو أطفالك أو والديك أو شخص يسكن معك. إذا لم تكن متأكدًا، اختر «لا أعرف»؛ "
         "سيراجع الأخصائي الاجتماعي ذلك معك.", 1000},
        {"نعم، مع شريكي", 350}, {"نعم، مع شخص آخر", 350}, {"لا، أعيش وحدي", 350},
        {"رجوع", 200}, {"لا أعرف", 200}, {"اقرأ بصوت عالٍ", 200}, {"التالي", 200}}};
}

std::string paragraph(const std::vector<std::string>& words, std::size_t count)
{
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        text += words[i % words.size()];
        text += (i % 17 == 16) ? ". " : " ";
    }
    return text;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double timeMs(const std::function<void()>& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::size_t helderLayout(TextEngine& engine, const std::string& language, const Text& text)
{
    LayoutRequest request;
    request.text = text.text;
    request.language = language;
    request.fontSize = fontSize;
    request.maxWidth = text.width;
    return engine.layout(request).lines.size();
}

std::unique_ptr<TextEngine> newEngine()
{
    auto engine = TextEngine::create();
    if (!engine) {
        std::cerr << "text engine: " << engine.error() << '\n';
        std::exit(1);
    }
    return std::move(*engine);
}

class PangoSetup {
public:
    PangoSetup()
        : m_fontMap(pango_ft2_font_map_new())
        , m_context(pango_font_map_create_context(m_fontMap))
    {
    }
    ~PangoSetup()
    {
        g_object_unref(m_context);
        g_object_unref(m_fontMap);
    }
    PangoSetup(const PangoSetup&) = delete;
    PangoSetup& operator=(const PangoSetup&) = delete;

    int layout(const std::string& families, const std::string& language, const Text& text)
    {
        pango_context_set_language(m_context, pango_language_from_string(language.c_str()));
        PangoLayout* layout = pango_layout_new(m_context);
        PangoFontDescription* description = pango_font_description_from_string(families.c_str());
        pango_font_description_set_absolute_size(description, fontSize * PANGO_SCALE);
        pango_layout_set_font_description(layout, description);
        pango_font_description_free(description);
        pango_layout_set_width(layout, static_cast<int>(text.width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_text(layout, text.text.c_str(), static_cast<int>(text.text.size()));
        int width = 0;
        int height = 0;
        pango_layout_get_pixel_size(layout, &width, &height); // forces the whole layout
        const int lines = pango_layout_get_line_count(layout);
        g_object_unref(layout);
        return lines;
    }

private:
    PangoFontMap* m_fontMap;
    PangoContext* m_context;
};

struct Row {
    std::string name;
    double helder;
    double pango;
};

} // namespace

int main()
{
    constexpr int coldRuns = 7;
    constexpr int warmRuns = 31;
    std::vector<Row> rows;
    std::size_t sink = 0;

    // Once per process, fontconfig reads its caches; every later engine shares them.
    const double firstEngine = timeMs([&] {
        auto engine = newEngine();
        for (const Text& text : dutchScreen().texts) {
            sink += helderLayout(*engine, "nl", text);
        }
    });

    for (const Screen& screen : {dutchScreen(), arabicScreen()}) {
        std::vector<double> helderCold;
        std::vector<double> pangoCold;
        std::vector<double> helderWarm;
        std::vector<double> pangoWarm;
        for (int run = 0; run < coldRuns; ++run) {
            helderCold.push_back(timeMs([&] {
                auto engine = newEngine();
                for (const Text& text : screen.texts) {
                    sink += helderLayout(*engine, screen.language, text);
                }
            }));
            pangoCold.push_back(timeMs([&] {
                PangoSetup pango;
                for (const Text& text : screen.texts) {
                    sink += static_cast<std::size_t>(pango.layout(screen.pangoFamilies, screen.language, text));
                }
            }));
        }
        auto engine = newEngine();
        PangoSetup pango;
        for (int run = 0; run < warmRuns + 1; ++run) { // the first run fills fonts and caches
            const double helder = timeMs([&] {
                for (const Text& text : screen.texts) {
                    sink += helderLayout(*engine, screen.language, text);
                }
            });
            const double pangoTime = timeMs([&] {
                for (const Text& text : screen.texts) {
                    sink += static_cast<std::size_t>(pango.layout(screen.pangoFamilies, screen.language, text));
                }
            });
            if (run > 0) {
                helderWarm.push_back(helder);
                pangoWarm.push_back(pangoTime);
            }
        }
        rows.push_back({"question screen " + screen.language + ", cold (new engine)", median(helderCold), median(pangoCold)});
        rows.push_back({"question screen " + screen.language + ", warm", median(helderWarm), median(pangoWarm)});
    }

    const std::vector<std::string> dutchWords{"de", "aanvrager", "verklaart", "dat", "alle", "gegevens", "in",
        "dit", "formulier", "volledig", "en", "juist", "zijn", "ingevuld", "het", "OCMW", "kan", "bewijsstukken",
        "opvragen", "bij", "uw", "werkgever", "of", "ziekenfonds"};
    const std::vector<std::string> arabicWords{"يصرّح", "مقدّم", "الطلب", "بأن", "جميع", "البيانات", "في", "هذه",
        "الاستمارة", "كاملة", "وصحيحة", "ويجوز", "للمركز", "الاجتماعي", "أن", "يطلب", "الوثائق", "من", "صاحب",
        "العمل", "أو", "صندوق", "التأمين", "الصحي"};
    for (const auto& [language, families, words] :
         {std::tuple{std::string("nl"), std::string("Noto Sans"), dutchWords},
          std::tuple{std::string("ar"), std::string("Noto Sans Arabic, Noto Sans"), arabicWords}}) {
        const std::string text = paragraph(words, 1000);
        auto engine = newEngine();
        PangoSetup pango;
        std::vector<double> helderUncached;
        std::vector<double> helderCached;
        std::vector<double> pangoTimes;
        std::size_t helderLines = 0;
        int pangoLines = 0;
        for (int run = 0; run < 12; ++run) {
            // A different first word each run: the paragraph is shaped anew, no cache hit.
            std::ostringstream unique;
            unique.imbue(std::locale::classic());
            unique << run << ' ' << text;
            const Text fresh{unique.str(), 800.0F};
            helderUncached.push_back(timeMs([&] { helderLines = helderLayout(*engine, language, fresh); }));
            helderCached.push_back(timeMs([&] { sink += helderLayout(*engine, language, fresh); }));
            pangoTimes.push_back(timeMs([&] { pangoLines = pango.layout(families, language, fresh); }));
        }
        helderUncached.erase(helderUncached.begin()); // the first run opens the fonts
        helderCached.erase(helderCached.begin());
        pangoTimes.erase(pangoTimes.begin());
        std::cout << "paragraph " << language << ": " << helderLines << " lines (helder), " << pangoLines
                  << " lines (pango)\n";
        rows.push_back({"1000 words " + language + " at 800 px", median(helderUncached), median(pangoTimes)});
        rows.push_back({"1000 words " + language + " at 800 px, cached shaping", median(helderCached), median(pangoTimes)});
    }

    std::cout.imbue(std::locale::classic());
    std::cout << std::fixed << std::setprecision(3);
    std::cout << "first engine of the process + nl question screen (fontconfig start-up): " << firstEngine
              << " ms\n";
    std::cout << '\n' << std::left << std::setw(50) << "case" << std::right << std::setw(12) << "helder ms"
              << std::setw(12) << "pango ms" << std::setw(16) << "pango/helder" << '\n';
    for (const Row& row : rows) {
        std::cout << std::left << std::setw(50) << row.name << std::right << std::setw(12) << row.helder
                  << std::setw(12) << row.pango << std::setw(15) << std::setprecision(1) << row.pango / row.helder
                  << "x" << std::setprecision(3) << '\n';
    }
    return sink == 0 ? 1 : 0;
}
