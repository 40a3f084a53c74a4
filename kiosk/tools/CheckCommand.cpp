#include "tools/CheckCommand.hpp"

#include "core/TemplateLoader.hpp"
#include "i18n/LocaleDirectory.hpp"
#include "storage/FormFolder.hpp"
#include "tools/DrawableTextCheck.hpp"
#include "tools/FormFilesCheck.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>

namespace helder::tools {
namespace {

namespace fs = std::filesystem;

struct Options {
    bool json = false;
    core::Date today;
    std::vector<fs::path> paths;
};

core::Date systemToday()
{
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{days};
    return core::Date::fromYmd(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                               static_cast<int>(static_cast<unsigned>(ymd.day())))
        .value_or(core::Date{});
}

struct Report {
    std::vector<std::string> forms;
    std::vector<std::string> localeFolders;
    core::Diagnostics diagnostics;
};

// The text engine is created once, on the first language file, because it loads every font.
class DrawableTexts {
public:
    void check(const fs::path& file, Report& report)
    {
        if (!m_engine && !m_failed) {
            auto engine = text::TextEngine::create();
            m_failed = !engine;
            if (engine) {
                m_engine = std::move(*engine);
            } else {
                report.diagnostics.push_back(core::Diagnostic{core::Severity::Error, "no-fonts",
                    file.string(), "", {}, "the text engine cannot start: " + engine.error()});
            }
        }
        if (m_engine) {
            std::ranges::move(checkDrawableTexts(file, *m_engine), std::back_inserter(report.diagnostics));
        }
    }

private:
    std::unique_ptr<text::TextEngine> m_engine;
    bool m_failed = false;
};

void checkForm(const fs::path& formDir, const core::Date& today, DrawableTexts& drawable, Report& report)
{
    auto sources = storage::readFormFolder(formDir);
    if (!sources) {
        report.diagnostics.push_back(sources.error());
        return;
    }
    core::TemplateLoad load = core::loadTemplate(*sources);
    std::ranges::move(load.diagnostics, std::back_inserter(report.diagnostics));
    if (!load.form) {
        report.forms.push_back(formDir.filename().string());
        return;
    }
    std::ranges::move(checkFormFiles(*load.form, formDir, today), std::back_inserter(report.diagnostics));
    for (const auto& [language, texts] : load.form->texts) {
        drawable.check(texts.file, report);
    }
    report.forms.push_back(load.form->id);
}

void checkPath(const fs::path& path, const core::Date& today, DrawableTexts& drawable, Report& report)
{
    std::error_code error;
    if (path.filename() == "form.json" && fs::is_regular_file(path, error)) {
        checkForm(path.parent_path(), today, drawable, report);
    } else if (fs::is_regular_file(path / "form.json", error)) {
        checkForm(path, today, drawable, report);
    } else if (fs::is_regular_file(path / "languages.json", error)) {
        const i18n::LocaleDirectory locales = i18n::LocaleDirectory::read(path);
        std::ranges::move(i18n::checkLocaleDirectory(locales), std::back_inserter(report.diagnostics));
        for (const auto& file : locales.files) {
            drawable.check(file.fileName, report);
        }
        report.localeFolders.push_back(path.string());
    } else if (fs::is_directory(path, error)) {
        auto formDirs = storage::listFormFolders(path);
        if (!formDirs) {
            report.diagnostics.push_back(formDirs.error());
            return;
        }
        for (const fs::path& formDir : *formDirs) {
            checkForm(formDir, today, drawable, report);
        }
    } else {
        report.diagnostics.push_back(core::Diagnostic{core::Severity::Error, "no-such-path",
            path.string(), "", {}, "no such form folder, folder of forms or locales folder"});
    }
}

std::size_t count(const core::Diagnostics& diagnostics, core::Severity severity)
{
    return static_cast<std::size_t>(std::ranges::count(diagnostics, severity, &core::Diagnostic::severity));
}

void printText(const Report& report, std::ostream& out)
{
    for (const core::Diagnostic& diagnostic : report.diagnostics) {
        out << core::formatDiagnostic(diagnostic) << '\n';
    }
    out << "checked " << report.forms.size() << (report.forms.size() == 1 ? " form" : " forms");
    if (!report.localeFolders.empty()) {
        out << " and " << report.localeFolders.size() << " locales folder";
    }
    out << ": " << count(report.diagnostics, core::Severity::Error) << " errors, "
        << count(report.diagnostics, core::Severity::Warning) << " warnings\n";
}

void printJson(const Report& report, std::ostream& out)
{
    nlohmann::json diagnostics = nlohmann::json::array();
    for (const core::Diagnostic& d : report.diagnostics) {
        diagnostics.push_back({{"severity", d.severity == core::Severity::Error ? "error" : "warning"},
                               {"code", d.code},
                               {"file", d.file},
                               {"path", d.jsonPath},
                               {"line", d.position.line},
                               {"column", d.position.column},
                               {"message", d.message}});
    }
    const nlohmann::json document{{"forms", report.forms},
                                  {"locales", report.localeFolders},
                                  {"errors", count(report.diagnostics, core::Severity::Error)},
                                  {"warnings", count(report.diagnostics, core::Severity::Warning)},
                                  {"diagnostics", diagnostics}};
    out << document.dump(2) << '\n';
}

} // namespace

int runCheckCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    Options options;
    options.today = systemToday();
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--json") {
            options.json = true;
        } else if (args[i] == "--today" && i + 1 < args.size()) {
            const auto today = core::Date::parseIso(args[++i]);
            if (!today) {
                err << "helder-forms check: --today wants a date like 2026-11-23\n";
                return 2;
            }
            options.today = *today;
        } else if (args[i].starts_with("--")) {
            err << "helder-forms check: unknown option " << args[i] << '\n';
            return 2;
        } else {
            options.paths.emplace_back(args[i]);
        }
    }
    if (options.paths.empty()) {
        err << "usage: helder-forms check PATH... [--json] [--today YYYY-MM-DD]\n"
               "  PATH: a form folder, a folder of forms (forms/) or a locales folder (locales/)\n";
        return 2;
    }

    Report report;
    DrawableTexts drawable;
    for (const fs::path& path : options.paths) {
        checkPath(path, options.today, drawable, report);
    }
    if (options.json) {
        printJson(report, out);
    } else {
        printText(report, out);
    }
    return core::hasErrors(report.diagnostics) ? 1 : 0;
}

} // namespace helder::tools
