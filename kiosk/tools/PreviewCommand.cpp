#include "tools/PreviewCommand.hpp"


#include "core/Interview.hpp"
#include "i18n/Catalog.hpp"
#include "i18n/LocaleDirectory.hpp"
#include "printer/Printout.hpp"
#include "text/TextEngine.hpp"
#include "tools/FormFolderLoad.hpp"
#include "tools/PreviewVisit.hpp"
#include "tools/XvfbDisplay.hpp"
#include "ui/KeyboardSet.hpp"
#include "ui/Renderer.hpp"
#include "ui/ScreenBuilder.hpp"
#include "ui/ScreenPng.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <optional>
#include <ostream>
#include <sstream>

namespace helder::tools {
namespace {

constexpr const char* kPreviewUsage = "usage: helder-forms preview FORM --lang LANG --out DIR [--size WIDTHxHEIGHT] [--locales DIR]\n";

struct Arguments {
    std::filesystem::path form;
    std::string language;
    std::filesystem::path output;
    std::filesystem::path locales = HELDER_DEFAULT_LOCALES_DIR;
    unsigned width = 1920;
    unsigned height = 1080;
};

std::optional<unsigned> dimension(std::string_view text)
{
    unsigned value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 200 || value > 8000) {
        return std::nullopt;
    }
    return value;
}

std::optional<Arguments> parse(const std::vector<std::string>& args, std::ostream& err)
{
    Arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool takesValue = arg == "--lang" || arg == "--out" || arg == "--size" || arg == "--locales";
        if (takesValue && (i + 1 >= args.size() || args[i + 1].empty())) {
            err << "helder-forms preview: " << arg << " needs a value\n" << kPreviewUsage;
            return std::nullopt;
        }
        if (arg == "--lang") {
            parsed.language = args[++i];
        } else if (arg == "--out") {
            parsed.output = args[++i];
        } else if (arg == "--locales") {
            parsed.locales = args[++i];
        } else if (arg == "--size") {
            const std::string& size = args[++i];
            const auto x = size.find('x');
            const auto width = x == std::string::npos ? std::nullopt : dimension(std::string_view(size).substr(0, x));
            const auto height = x == std::string::npos ? std::nullopt : dimension(std::string_view(size).substr(x + 1));
            if (!width || !height) {
                err << "helder-forms preview: --size needs WIDTHxHEIGHT, for example 1280x800\n" << kPreviewUsage;
                return std::nullopt;
            }
            parsed.width = *width;
            parsed.height = *height;
        } else if (arg.starts_with("--") || !parsed.form.empty()) {
            err << "helder-forms preview: unexpected argument \"" << arg << "\"\n" << kPreviewUsage;
            return std::nullopt;
        } else {
            parsed.form = arg;
        }
    }
    if (parsed.form.empty() || parsed.language.empty() || parsed.output.empty()) {
        err << kPreviewUsage;
        return std::nullopt;
    }
    return parsed;
}

core::Date systemToday()
{
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return core::Date::fromDaysSinceEpoch(now.time_since_epoch().count()).value_or(core::Date());
}

std::string numbered(std::size_t index, const std::string& name)
{
    std::ostringstream file;
    file.imbue(std::locale::classic());
    file << std::setfill('0') << std::setw(2) << index << '-' << name << ".png";
    return file.str();
}

struct Page {
    std::string name;
    ui::ScreenDescription screen;
};

// Every shot laid out as the kiosk lays it out; a review list longer than one screen gives one
// page per screen.
std::vector<Page> layOut(text::TextEngine& engine, const std::vector<PreviewShot>& shots,
                         const core::InterviewContext& context, const i18n::Catalog& catalog,
                         const i18n::LanguageList& languages, const ui::KeyboardSet& keyboards,
                         const Arguments& args)
{
    std::vector<Page> pages;
    for (const PreviewShot& shot : shots) {
        ui::UiState settings = shot.state.ui;
        for (std::size_t page = 0;; ++page) {
            settings.reviewPage = page;
            const ui::ScreenInput input{shot.state.session, context, catalog, languages, settings,
                                        static_cast<float>(args.width), static_cast<float>(args.height), false,
                                        &keyboards};
            ui::ScreenDescription screen = ui::buildScreen(engine, input);
            const bool more = screen.has("review/page/" + std::to_string(page + 1));
            pages.push_back({page == 0 && !more ? shot.name : shot.name + "-" + std::to_string(page + 1),
                             std::move(screen)});
            if (!more) {
                break;
            }
        }
    }
    return pages;
}

// Draws with the kiosk's renderer. Every SFML object lives in this function, so that the X
// connection is closed before a private Xvfb stops.
bool draw(const std::vector<Page>& pages, const std::filesystem::path& output, std::ostream& out, std::ostream& err)
{
    ui::Renderer renderer;
    if (!renderer.create()) {
        err << "helder-forms preview: cannot set up OpenGL drawing on the display\n";
        return false;
    }
    // One target for every page of the same size: each new one costs SFML a GL context.
    sf::RenderTexture target;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const ui::ScreenDescription& screen = pages[i].screen;
        const sf::Vector2u size(static_cast<unsigned>(screen.width), static_cast<unsigned>(screen.height));
        if (target.getSize() != size && !target.create(size.x, size.y)) {
            err << "helder-forms preview: cannot draw a " << screen.width << "x" << screen.height << " screen\n";
            return false;
        }
        renderer.draw(target, screen);
        target.display();
        const std::filesystem::path file = output / numbered(i + 1, pages[i].name);
        if (!ui::saveScreenPng(target.getTexture().copyToImage(), file)) {
            err << "helder-forms preview: cannot write " << file.string() << "\n";
            return false;
        }
        out << file.string() << "\n";
    }
    return true;
}

// The printout the visit would give (review sheet and filled form), so staff see the paper too.
bool writePrintout(const core::Template& form, const core::Session& session, const i18n::Catalog& catalog,
                   const std::filesystem::path& output, std::ostream& out, std::ostream& err)
{
    auto filler = printer::FormFiller::create();
    if (!filler) {
        err << "helder-forms preview: the PDF filler could not start: " << filler.error() << "\n";
        return false;
    }
    printer::PrintoutMaker maker(*filler);
    const auto printout = maker.make(printer::PrintoutRequest{form, session, catalog, form.officialLanguage, session.today, false});
    if (!printout) {
        err << "helder-forms preview: printout: " << printout.error().code << ": " << printout.error().message << "\n";
        return false;
    }
    const std::filesystem::path file = output / "printout.pdf";
    std::ofstream pdf(file, std::ios::binary);
    pdf.write(reinterpret_cast<const char*>(printout->pdf.data()), static_cast<std::streamsize>(printout->pdf.size()));
    if (!pdf) {
        err << "helder-forms preview: cannot write " << file.string() << "\n";
        return false;
    }
    out << file.string() << "\n";
    return true;
}

int preview(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const std::optional<core::Template> form = loadFormFolder(args.form, err, "helder-forms preview: ");
    if (!form) {
        return 1;
    }
    const i18n::LocaleDirectory locales = i18n::LocaleDirectory::read(args.locales);
    if (locales.languages.empty() || locales.files.empty()) {
        err << "helder-forms preview: no interface languages in " << args.locales.string() << "\n";
        return 1;
    }
    if (!locales.languages.find(args.language)) {
        err << "helder-forms preview: \"" << args.language << "\" is not an interface language of "
            << args.locales.string() << "\n";
        return 1;
    }
    const i18n::Catalog catalog(locales.files, locales.languages);
    // The kiosk's own keyboards (locales/keyboards and xkb-data), as the kiosk loads them.
    const ui::KeyboardSet keyboards = ui::KeyboardSet::load(args.locales.parent_path(), locales.languages);
    for (const core::Diagnostic& problem : keyboards.problems()) {
        err << "helder-forms preview: keyboard: " << problem.file << ": " << problem.message << "\n";
    }
    core::InterviewContext context;
    context.forms = std::span(&*form, 1);
    const auto shots = previewVisit(context, *form, args.language, systemToday());
    if (!shots) {
        err << "helder-forms preview: " << args.form.string() << ": " << shots.error() << "\n";
        return 1;
    }
    auto engine = text::TextEngine::create();
    if (!engine) {
        err << "helder-forms preview: the text engine could not start: " << engine.error() << "\n";
        return 1;
    }
    const std::vector<Page> pages = layOut(**engine, *shots, context, catalog, locales.languages, keyboards, args);

    std::error_code error;
    std::filesystem::create_directories(args.output, error);
    if (error) {
        err << "helder-forms preview: cannot create " << args.output.string() << ": " << error.message() << "\n";
        return 1;
    }
    const char* display = std::getenv("DISPLAY");
    std::optional<XvfbDisplay> xvfb;
    if (!display || !*display) {
        auto started = XvfbDisplay::start(args.width, args.height);
        if (!started) {
            err << "helder-forms preview: " << started.error() << "\n";
            return 1;
        }
        xvfb.emplace(std::move(*started));
        setenv("DISPLAY", xvfb->name().c_str(), 1);
    }
    const bool drawn = draw(pages, args.output, out, err);
    if (xvfb) {
        unsetenv("DISPLAY");
    }
    const bool printed = writePrintout(*form, shots->back().state.session, catalog, args.output, out, err);
    return drawn && printed ? 0 : 1;
}

} // namespace

int runPreviewCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    const auto parsed = parse(args, err);
    if (!parsed) {
        return 2;
    }
    return preview(*parsed, out, err);
}

} // namespace helder::tools
