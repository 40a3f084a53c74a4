#include "app/ConfigCheck.hpp"

#include "app/FormLibrary.hpp"
#include "app/KioskConfig.hpp"
#include "core/PostcodeTable.hpp"
#include "i18n/LocaleDirectory.hpp"

#include <unistd.h>

#include <fstream>
#include <ostream>
#include <sstream>

namespace helder::app {
namespace {

namespace fs = std::filesystem;

class Findings {
public:
    explicit Findings(std::ostream& out) : m_out(out) {}

    void error(const std::string& message)
    {
        m_out << "error: " << message << '\n';
        ++m_errors;
    }
    void warning(const std::string& message) { m_out << "warning: " << message << '\n'; }
    void note(const std::string& message) { m_out << message << '\n'; }
    void diagnostics(const core::Diagnostics& found)
    {
        for (const core::Diagnostic& diagnostic : found) {
            m_out << core::formatDiagnostic(diagnostic) << '\n';
            m_errors += diagnostic.severity == core::Severity::Error ? 1 : 0;
        }
    }
    [[nodiscard]] int errors() const { return m_errors; }

private:
    std::ostream& m_out;
    int m_errors = 0;
};

// The kiosk writes here as its own unprivileged user; this check may run as root, so it only
// says whether the folder exists and can be written by whoever runs the check.
void checkWritableFolder(const std::string& key, const fs::path& folder, Findings& findings)
{
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        findings.error(key + ": the folder " + folder.string() + " does not exist");
    } else if (::access(folder.c_str(), W_OK) != 0) {
        findings.error(key + ": the folder " + folder.string() + " cannot be written");
    }
}

void checkForms(const std::string& key, const fs::path& folder, core::Date today, Findings& findings)
{
    const FormLibrary library = FormLibrary::load(folder, today);
    findings.diagnostics(library.problems);
    findings.note(key + ": " + std::to_string(library.forms.size()) + " form(s) offered today from "
                  + folder.string());
}

void checkPostcodes(const fs::path& file, Findings& findings)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        findings.error("postcodes_file: cannot read " + file.string());
        return;
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto table = core::PostcodeTable::parseCsv(text.str(), file.string());
    if (!table) {
        findings.diagnostics({table.error()});
        return;
    }
    findings.note("postcodes_file: " + std::to_string(table->size()) + " postcodes");
}

} // namespace

int checkConfig(const fs::path& configPath, const DefaultFolders& defaults, core::Date today, std::ostream& out)
{
    Findings findings(out);
    auto config = KioskConfig::read(configPath);
    if (!config) {
        findings.error(config.error());
        out << configPath.string() << ": 1 error\n";
        return 1;
    }

    const fs::path localesFolder = config->localesFolder.value_or(defaults.locales);
    const i18n::LocaleDirectory locales = i18n::LocaleDirectory::read(localesFolder);
    findings.diagnostics(i18n::checkLocaleDirectory(locales));
    if (locales.files.empty()) {
        findings.error("locales_folder: no interface language in " + localesFolder.string());
    }
    for (const std::string& language : config->languages) {
        if (!locales.languages.find(language)) {
            findings.error("languages: \"" + language + "\" is not an interface language of "
                           + localesFolder.string());
        }
    }

    const fs::path formsFolder = config->formsFolder.value_or(defaults.forms);
    checkForms("forms_folder", formsFolder, today, findings);
    if (config->localFormsFolder) {
        checkForms("local_forms_folder", *config->localFormsFolder, today, findings);
    }
    if (config->postcodesFile) {
        checkPostcodes(*config->postcodesFile, findings);
    } else {
        findings.note("postcodes_file: not set; postcodes are checked by range and visitors type the place");
    }
    if (config->printerQueue) {
        findings.note("printer_queue: " + *config->printerQueue + " (whether CUPS has it shows in staff mode)");
    } else {
        findings.warning("printer_queue: not set; printouts go to the spool folder (demo mode)");
    }
    if (config->spoolFolder) {
        checkWritableFolder("spool_folder", config->spoolFolder->parent_path(), findings);
    }
    if (config->countersFile) {
        checkWritableFolder("counters_file", config->countersFile->parent_path(), findings);
        if (config->countersFile->extension() != ".prom") {
            findings.warning("counters_file: node_exporter's textfile collector reads only *.prom files");
        }
    }
    if (!config->staffPinHash) {
        findings.note("staff_pin_hash: not set; staff mode is off");
    }
    out << configPath.string() << ": " << findings.errors() << (findings.errors() == 1 ? " error\n" : " errors\n");
    return findings.errors() == 0 ? 0 : 1;
}

} // namespace helder::app
