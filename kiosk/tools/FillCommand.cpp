#include "tools/FillCommand.hpp"

#include "tools/AnswersFile.hpp"
#include "tools/FormFolderLoad.hpp"

#include "core/SessionView.hpp"
#include "printer/AnswerMapping.hpp"
#include "printer/FormFiller.hpp"
#include "printer/MappedBytes.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <ostream>
#include <sstream>

namespace helder::tools {
namespace {

constexpr const char* kFillUsage =
    "usage: helder-forms fill PDF --values VALUES.json --out OUT.pdf [--flatten] [--maxlen error|truncate]\n"
    "                         [--allow-read-only]\n"
    "       helder-forms fill FORM --answers ANSWERS.json --out OUT.pdf [--flatten]\n";

struct FillArguments {
    std::string input;
    std::string values;
    std::string answers;
    std::string output;
    printer::MaxLengthPolicy maxLength = printer::MaxLengthPolicy::Error;
    bool allowReadOnly = false;
    bool flatten = false;
};

std::optional<FillArguments> parseFillArguments(const std::vector<std::string>& args, std::ostream& err)
{
    FillArguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasNext = i + 1 < args.size();
        if ((arg == "--values" || arg == "--answers" || arg == "--out" || arg == "--maxlen") && !hasNext) {
            err << "helder-forms fill: " << arg << " needs a value\n" << kFillUsage;
            return std::nullopt;
        }
        if (arg == "--values") {
            parsed.values = args[++i];
        } else if (arg == "--answers") {
            parsed.answers = args[++i];
        } else if (arg == "--out") {
            parsed.output = args[++i];
        } else if (arg == "--maxlen") {
            const std::string& policy = args[++i];
            if (policy != "error" && policy != "truncate") {
                err << "helder-forms fill: --maxlen is \"error\" or \"truncate\", not \"" << policy << "\"\n" << kFillUsage;
                return std::nullopt;
            }
            parsed.maxLength = policy == "truncate" ? printer::MaxLengthPolicy::Truncate : printer::MaxLengthPolicy::Error;
        } else if (arg == "--flatten") {
            parsed.flatten = true;
        } else if (arg == "--allow-read-only") {
            parsed.allowReadOnly = true;
        } else if (arg.starts_with("--") || !parsed.input.empty()) {
            err << "helder-forms fill: unexpected argument \"" << arg << "\"\n" << kFillUsage;
            return std::nullopt;
        } else {
            parsed.input = arg;
        }
    }
    if (parsed.input.empty() || parsed.output.empty() || parsed.values.empty() == parsed.answers.empty()) {
        err << kFillUsage;
        return std::nullopt;
    }
    return parsed;
}

std::optional<std::string> readBytes(const std::filesystem::path& path, std::ostream& err)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        err << "helder-forms fill: no such file: " << path.string() << "\n";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();  // in one block: a character iterator costs milliseconds on a large PDF
    if (in.bad() || bytes.bad()) {
        err << "helder-forms fill: cannot read " << path.string() << "\n";
        return std::nullopt;
    }
    return std::move(bytes).str();
}

std::optional<printer::MappedBytes> mapPdf(const std::filesystem::path& path, std::ostream& err)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        err << "helder-forms fill: no such file: " << path.string() << "\n";
        return std::nullopt;
    }
    auto mapped = printer::MappedBytes::ofFile(path);
    if (!mapped) {
        err << "helder-forms fill: cannot read " << path.string() << ": " << mapped.error() << "\n";
        return std::nullopt;
    }
    return std::move(*mapped);
}

std::optional<nlohmann::json> readJson(const std::filesystem::path& path, std::ostream& err)
{
    const auto text = readBytes(path, err);
    if (!text)
        return std::nullopt;
    nlohmann::json parsed = nlohmann::json::parse(*text, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        err << "helder-forms fill: " << path.string() << " is not a JSON object\n";
        return std::nullopt;
    }
    return parsed;
}

std::optional<std::vector<printer::FieldValue>> fieldValues(const nlohmann::json& values, std::ostream& err)
{
    std::vector<printer::FieldValue> result;
    for (const auto& [name, value] : values.items()) {
        if (value.is_string()) {
            result.push_back({name, value.get<std::string>(), {}});
        } else if (value.is_boolean()) {
            result.push_back({name, value.get<bool>(), {}});
        } else if (value.is_array() && std::all_of(value.begin(), value.end(), [](const nlohmann::json& item) { return item.is_string(); })) {
            result.push_back({name, value.get<std::vector<std::string>>(), {}});
        } else {
            err << "helder-forms fill: the value of \"" << name
                << "\" must be a string or true/false, or for a multi-select list box an array of strings\n";
            return std::nullopt;
        }
    }
    return result;
}

bool writeOutput(const printer::FillReport& report, const std::string& path, const std::string& summary,
                 std::ostream& out, std::ostream& err)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(report.pdf.data()), static_cast<std::streamsize>(report.pdf.size()));
    file.close();
    if (!file) {
        err << "helder-forms fill: cannot write " << path << "\n";
        return false;
    }
    out << "wrote " << path << ": " << summary << "\n";
    for (const std::string& name : report.truncated)
        out << "truncated to its MaxLen: " << name << "\n";
    if (!report.missingCodePoints.empty())
        out << "warning: " << report.missingCodePoints.size() << " character(s) no installed font has were left out\n";
    if (report.removedXfa)
        out << "removed the XFA form, so viewers show the AcroForm values\n";
    if (report.removedUsageRights)
        out << "removed the usage rights signature (/Perms), which filling invalidates\n";
    return true;
}

int reportError(const printer::FillError& error, std::ostream& err)
{
    err << "helder-forms fill: " << error.message << "\n";
    return 1;
}

int fillValues(const FillArguments& args, printer::FormFiller& filler, std::ostream& out, std::ostream& err)
{
    const auto pdf = mapPdf(args.input, err);
    const auto json = pdf ? readJson(args.values, err) : std::nullopt;
    const auto values = json ? fieldValues(*json, err) : std::nullopt;
    if (!values)
        return 1;
    printer::FillOptions options;
    options.maxLength = args.maxLength;
    options.allowReadOnly = args.allowReadOnly;
    options.flatten = args.flatten;
    const auto filled = filler.fillIsolated(pdf->bytes(), *values, options);
    if (!filled)
        return reportError(filled.error(), err);
    const std::string summary = std::to_string(filled->filled.size()) + " field(s) filled";
    return writeOutput(*filled, args.output, summary, out, err) ? 0 : 1;
}

int fillAnswers(const FillArguments& args, printer::FormFiller& filler, std::ostream& out, std::ostream& err)
{
    const std::optional<core::Template> loaded = loadFormFolder(args.input, err);
    if (!loaded) {
        return 1;
    }
    const core::Template& form = *loaded;
    const auto json = readJson(args.answers, err);
    const auto visitor = json ? sessionFromAnswers(form, *json, "helder-forms fill", err) : std::nullopt;
    const auto pdf = visitor ? mapPdf(std::filesystem::path(args.input) / form.pdf.file, err) : std::nullopt;
    if (!pdf)
        return 1;
    const core::SessionView view(form, *visitor);
    const printer::MappedAnswers mapped = printer::mapAnswers(view);
    const auto bytes = pdf->bytes();
    std::expected<printer::FillReport, printer::FillError> filled;
    if (form.pdf.mode == core::PdfMode::Overlay) {
        filled = filler.overlayIsolated(bytes, mapped.overlays);
    } else {
        printer::FillOptions options;
        options.maxLength = form.pdf.maxLen == core::MaxLenPolicy::Truncate ? printer::MaxLengthPolicy::Truncate
                                                                            : printer::MaxLengthPolicy::Error;
        options.language = form.officialLanguage;
        options.flatten = args.flatten;
        filled = filler.fillIsolated(bytes, mapped.fields, options);
    }
    if (!filled)
        return reportError(filled.error(), err);
    const std::string summary = form.pdf.mode == core::PdfMode::Overlay
                                    ? std::to_string(mapped.overlays.size()) + " value(s) drawn"
                                    : std::to_string(filled->filled.size()) + " field(s) filled";
    if (!writeOutput(*filled, args.output, summary, out, err))
        return 1;
    for (const printer::ForWorker& left : mapped.forWorker) {
        out << "left empty, to translate with the worker: " << left.questionId;
        if (left.member)
            out << " (member " << *left.member + 1 << ")";
        out << "\n";
    }
    return 0;
}

} // namespace

int runFillCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    const auto parsed = parseFillArguments(args, err);
    if (!parsed)
        return 2;
    auto filler = printer::FormFiller::create();
    if (!filler) {
        err << "helder-forms fill: the text engine could not start: " << filler.error() << "\n";
        return 1;
    }
    return parsed->values.empty() ? fillAnswers(*parsed, *filler, out, err) : fillValues(*parsed, *filler, out, err);
}

} // namespace helder::tools
