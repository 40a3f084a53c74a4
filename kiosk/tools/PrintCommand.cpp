#include "tools/PrintCommand.hpp"

#include "i18n/Catalog.hpp"
#include "i18n/LocaleDirectory.hpp"
#include "printer/CupsPrinter.hpp"
#include "printer/Printout.hpp"
#include "printer/SpoolFolder.hpp"
#include "tools/AnswersFile.hpp"
#include "tools/FormFolderLoad.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <ostream>
#include <random>

namespace helder::tools {
namespace {

constexpr const char* kCommand = "helder-forms print";
constexpr const char* kPrintUsage =
    "usage: helder-forms print FORM --answers ANSWERS.json --lang L (--queue Q [--server S] | --folder DIR)\n"
    "                          [--worker-lang L] [--locales DIR] [--session CODE] [--copy]\n";
constexpr auto kJobTimeout = std::chrono::seconds(60);

struct PrintArguments {
    std::string form;
    std::string answers;
    std::string language;
    std::string workerLanguage;
    std::string queue;
    std::string server;
    std::string folder;
    std::string locales;
    std::string sessionCode;
    bool copy = false;
};

std::optional<PrintArguments> parsePrintArguments(const std::vector<std::string>& args, std::ostream& err)
{
    PrintArguments parsed;
    const std::vector<std::pair<std::string, std::string PrintArguments::*>> options = {
        {"--answers", &PrintArguments::answers}, {"--lang", &PrintArguments::language},
        {"--worker-lang", &PrintArguments::workerLanguage}, {"--queue", &PrintArguments::queue},
        {"--server", &PrintArguments::server}, {"--folder", &PrintArguments::folder},
        {"--locales", &PrintArguments::locales}, {"--session", &PrintArguments::sessionCode}};
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const auto option = std::find_if(options.begin(), options.end(), [&](const auto& known) { return known.first == arg; });
        if (option != options.end()) {
            if (i + 1 >= args.size()) {
                err << kCommand << ": " << arg << " needs a value\n" << kPrintUsage;
                return std::nullopt;
            }
            parsed.*(option->second) = args[++i];
        } else if (arg == "--copy") {
            parsed.copy = true;
        } else if (arg.starts_with("--") || !parsed.form.empty()) {
            err << kCommand << ": unexpected argument \"" << arg << "\"\n" << kPrintUsage;
            return std::nullopt;
        } else {
            parsed.form = arg;
        }
    }
    if (parsed.form.empty() || parsed.answers.empty() || parsed.language.empty() ||
        parsed.queue.empty() == parsed.folder.empty() || (!parsed.server.empty() && parsed.queue.empty())) {
        err << kPrintUsage;
        return std::nullopt;
    }
    return parsed;
}

std::optional<nlohmann::json> readAnswers(const std::filesystem::path& path, std::ostream& err)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        err << kCommand << ": cannot read " << path.string() << "\n";
        return std::nullopt;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        err << kCommand << ": " << path.string() << " is not a JSON object\n";
        return std::nullopt;
    }
    return parsed;
}

// Short and unambiguous when read aloud or copied by hand: no 0/O, 1/I, 5/S, 8/B.
std::string newSessionCode()
{
    static constexpr std::string_view kLetters = "ACDEFGHJKLMNPQRTUVWXY234679";
    std::random_device random;
    std::uniform_int_distribution<std::size_t> pick(0, kLetters.size() - 1);
    std::string code;
    for (int i = 0; i < 6; ++i)
        code += kLetters[pick(random)];
    return code;
}

std::unique_ptr<printer::PrintOutput> openOutput(const PrintArguments& args, std::ostream& err)
{
    if (!args.queue.empty())
        return std::make_unique<printer::CupsPrinter>(args.queue, args.server);
    auto folder = printer::SpoolFolder::openAt(args.folder);
    if (!folder) {
        err << kCommand << ": cannot use the folder " << args.folder << ": " << folder.error().message << "\n";
        return nullptr;
    }
    return std::make_unique<printer::SpoolFolder>(std::move(*folder));
}

int print(const PrintArguments& args, std::ostream& out, std::ostream& err)
{
    const std::optional<core::Template> loaded = loadFormFolder(args.form, err);
    if (!loaded) {
        return 1;
    }
    const core::Template& form = *loaded;

    const std::filesystem::path localesFolder =
        args.locales.empty() ? std::filesystem::absolute(args.form).lexically_normal().parent_path().parent_path() / "locales"
                             : std::filesystem::path(args.locales);
    const i18n::LocaleDirectory locales = i18n::LocaleDirectory::read(localesFolder);
    const i18n::Catalog catalog(locales.files, locales.languages);
    if (!catalog.hasLanguage(args.language)) {
        err << kCommand << ": no interface messages in \"" << args.language << "\" in " << localesFolder.string()
            << " (give the locales folder with --locales)\n";
        return 1;
    }
    const std::string worker = args.workerLanguage.empty() ? form.officialLanguage : args.workerLanguage;
    if (!catalog.hasLanguage(worker)) {
        err << kCommand << ": no interface messages in the worker's language \"" << worker << "\"\n";
        return 1;
    }

    const auto json = readAnswers(args.answers, err);
    auto session = json ? sessionFromAnswers(form, *json, kCommand, err) : std::nullopt;
    if (!session)
        return 1;
    session->interfaceLanguage = args.language;
    session->formLanguage = form.hasLanguage(args.language) ? args.language : form.officialLanguage;
    session->sessionCode = args.sessionCode.empty() ? newSessionCode() : args.sessionCode;

    auto filler = printer::FormFiller::create();
    if (!filler) {
        err << kCommand << ": the text engine could not start: " << filler.error() << "\n";
        return 1;
    }
    printer::PrintoutMaker maker(*filler);
    const printer::PrintoutRequest request{form, *session, catalog, worker, session->today, args.copy};
    auto printout = maker.make(request);
    if (!printout) {
        err << kCommand << ": the printout could not be made (" << printout.error().code << "): "
            << printout.error().message << "\n";
        return 1;
    }

    const std::unique_ptr<printer::PrintOutput> output = openOutput(args, err);
    if (!output)
        return 1;
    printer::PrintJobRequest job;
    job.title = session->sessionCode;
    job.pdf = std::move(printout->pdf);
    const auto submitted = output->submit(job);
    if (!submitted) {
        err << kCommand << ": " << output->describe() << ": " << submitted.error().code << ": "
            << submitted.error().message << "\n";
        return 1;
    }
    const auto state = output->waitForJob(submitted->id, kJobTimeout);
    if (!state) {
        err << kCommand << ": " << output->describe() << ": job " << submitted->id << ": " << state.error().code
            << ": " << state.error().message << "\n";
        return 1;
    }
    if (*state != printer::JobState::Completed) {
        err << kCommand << ": " << output->describe() << ": job " << submitted->id << " did not complete\n";
        return 1;
    }
    out << "printed session " << session->sessionCode << " to " << output->describe() << ": "
        << printout->reviewSheetPages << " page(s) of review sheet, " << printout->formPages << " page(s) of form\n";
    if (const auto* spool = dynamic_cast<const printer::SpoolFolder*>(output.get())) {
        if (const auto file = spool->fileOf(submitted->id))
            out << "wrote " << file->string() << "\n";
    }
    return 0;
}

} // namespace

int runPrintCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    const auto parsed = parsePrintArguments(args, err);
    if (!parsed)
        return 2;
    return print(*parsed, out, err);
}

} // namespace helder::tools
