#include "tools/ScaffoldCommand.hpp"

#include "printer/AcroFormModel.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <set>

namespace helder::tools {
namespace {

namespace fs = std::filesystem;
using printer::FieldInfo;
using printer::FieldKind;

constexpr const char* kScaffoldUsage = "usage: helder-forms scaffold PDF [--language LANG] [--out FOLDER]\n";

// Ids are at most 64 characters; this leaves room for a "_NN" that makes one unique.
constexpr std::size_t kIdStem = 56;

// [a-z][a-z0-9_]*, unique among `taken`.
std::string identifier(const std::string& name, std::set<std::string>& taken, const char* fallback)
{
    std::string id;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80)
            id += static_cast<char>(std::tolower(u));
        else if (!id.empty() && id.back() != '_')
            id += '_';
    }
    while (!id.empty() && id.back() == '_')
        id.pop_back();
    if (id.empty() || !std::islower(static_cast<unsigned char>(id.front())))
        id = std::string(fallback) + (id.empty() ? "" : "_" + id);
    if (id.size() > kIdStem)
        id.resize(kIdStem);
    while (id.back() == '_')
        id.pop_back();
    std::string unique = id;
    for (int n = 2; taken.contains(unique); ++n)
        unique = id + "_" + std::to_string(n);
    taken.insert(unique);
    return unique;
}

std::string kebab(const std::string& stem)
{
    std::set<std::string> none;
    std::string id = identifier(stem, none, "form");
    for (char& c : id)
        c = c == '_' ? '-' : c;
    return id;
}

std::string today()
{
    const auto day = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day date(day);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

struct Scaffold {
    nlohmann::ordered_json form;
    nlohmann::ordered_json texts;
};

Scaffold scaffold(const std::vector<FieldInfo>& fields, const fs::path& pdf, const std::string& language)
{
    Scaffold result;
    nlohmann::ordered_json& form = result.form;
    form["$schema"] = "../schema/form.schema.json";
    form["id"] = kebab(pdf.stem().string());
    form["version"] = "1";
    form["valid_from"] = today();
    form["official_language"] = language;
    form["icon"] = "description";
    form["pdf"] = {{"file", pdf.filename().string()}, {"mode", "acroform"}, {"ignore", nlohmann::json::array()}};
    form["questions"] = nlohmann::json::array();

    nlohmann::ordered_json& texts = result.texts;
    texts["$schema"] = "../../schema/texts.schema.json";
    texts["language"] = language;
    texts["reviewed"] = {{"by", nullptr}, {"on", nullptr}};
    texts["form"] = {{"title", pdf.stem().string()}, {"purpose", "TODO: one line saying what the form is for"}};
    texts["questions"] = nlohmann::json::object();

    std::set<std::string> ids;
    for (const FieldInfo& field : fields) {
        const bool fillable = !field.readOnly && (field.kind == FieldKind::Text || field.kind == FieldKind::Checkbox ||
                                                  ((field.kind == FieldKind::RadioGroup || field.kind == FieldKind::ComboBox ||
                                                    field.kind == FieldKind::ListBox) && !field.exportValues.empty()));
        if (!fillable) {
            form["pdf"]["ignore"].push_back(field.name);
            continue;
        }
        nlohmann::ordered_json question;
        const std::string id = identifier(field.name, ids, "field");
        question["id"] = id;
        nlohmann::ordered_json text = {{"text", field.tooltip.empty() ? field.name : field.tooltip},
                                       {"help", field.tooltip.empty() ? "TODO" : field.tooltip}};
        switch (field.kind) {
        case FieldKind::Text:
        {
            std::string example = "Amina";
            question["type"] = field.multiline ? "long_text" : "short_text";
            if (field.maxLength && *field.maxLength > 0) {
                question["max_length"] = *field.maxLength;
                example.resize(std::min(example.size(), static_cast<std::size_t>(*field.maxLength)));
            }
            question["example"] = example;
            question["pdf"] = {{"field", field.name}};
            text["example"] = example;
            break;
        }
        case FieldKind::Checkbox:
            question["type"] = "yes_no";
            question["example"] = true;
            question["pdf"] = {{"checkbox", field.name}};
            text["example"] = "Yes";
            break;
        default: {
            question["type"] = "single_choice";
            nlohmann::ordered_json choices = nlohmann::json::array();
            nlohmann::ordered_json options = nlohmann::json::object();
            nlohmann::ordered_json choiceTexts = nlohmann::json::object();
            std::set<std::string> choiceIds;
            for (std::size_t i = 0; i < field.exportValues.size(); ++i) {
                const std::string choice = identifier(field.exportValues[i], choiceIds, "option");
                choices.push_back({{"id", choice}});
                options[choice] = field.exportValues[i];
                choiceTexts[choice] = i < field.options.size() && !field.options[i].empty() ? field.options[i]
                                                                                            : field.exportValues[i];
            }
            question["example"] = choices.front()["id"];
            question["choices"] = choices;
            const char* key = field.kind == FieldKind::RadioGroup ? "radio" : "choice";
            question["pdf"] = {{key, field.name}, {"options", options}};
            text["example"] = choiceTexts.begin().value();
            text["choices"] = choiceTexts;
            break;
        }
        }
        form["questions"].push_back(question);
        texts["questions"][id] = text;
    }
    return result;
}

bool write(const fs::path& path, const nlohmann::ordered_json& json, std::ostream& err)
{
    std::ofstream file(path);
    file << json.dump(2) << "\n";
    file.close();
    if (!file)
        err << "helder-forms scaffold: cannot write " << path.string() << "\n";
    return static_cast<bool>(file);
}

} // namespace

int runScaffoldCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::string pdf;
    std::string language = "nl";
    std::optional<fs::path> folder;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if ((args[i] == "--language" || args[i] == "--out") && i + 1 < args.size()) {
            if (args[i] == "--language")
                language = args[++i];
            else
                folder = args[++i];
        } else if (args[i].starts_with("--") || !pdf.empty()) {
            err << "helder-forms scaffold: unexpected argument \"" << args[i] << "\"\n" << kScaffoldUsage;
            return 2;
        } else {
            pdf = args[i];
        }
    }
    if (pdf.empty()) {
        err << kScaffoldUsage;
        return 2;
    }
    const auto fields = printer::readFields(fs::path(pdf));
    if (!fields) {
        err << "helder-forms scaffold: " << pdf << ": " << fields.error().message << "\n";
        return 1;
    }
    if (fields->empty()) {
        err << "helder-forms scaffold: " << pdf << " has no form fields (an overlay template is written by hand)\n";
        return 1;
    }
    const Scaffold result = scaffold(*fields, pdf, language);
    if (!folder) {
        out << result.form.dump(2) << "\n";
        return 0;
    }
    std::error_code error;
    fs::create_directories(*folder / "texts", error);
    if (error) {
        err << "helder-forms scaffold: cannot create " << folder->string() << ": " << error.message() << "\n";
        return 1;
    }
    if (!write(*folder / "form.json", result.form, err) ||
        !write(*folder / "texts" / (language + ".json"), result.texts, err))
        return 1;
    fs::copy_file(pdf, *folder / fs::path(pdf).filename(), fs::copy_options::overwrite_existing, error);
    if (error) {
        err << "helder-forms scaffold: cannot copy the PDF: " << error.message() << "\n";
        return 1;
    }
    out << "wrote " << (*folder / "form.json").string() << " and texts/" << language << ".json: "
        << result.form["questions"].size() << " question(s), " << result.form["pdf"]["ignore"].size()
        << " field(s) ignored\n";
    return 0;
}

} // namespace helder::tools
