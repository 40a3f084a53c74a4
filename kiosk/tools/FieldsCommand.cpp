#include "tools/FieldsCommand.hpp"

#include "printer/AcroFormModel.hpp"

#include <nlohmann/json.hpp>

#include <locale>
#include <optional>
#include <ostream>
#include <sstream>

namespace helder::tools {
namespace {

using printer::FieldInfo;
using printer::FieldKind;

constexpr const char* kFieldsUsage = "usage: helder-forms fields PDF [--json]\n";

std::string joined(const std::vector<std::string>& values, const char* separator = ", ")
{
    std::string result;
    for (const std::string& value : values) {
        if (!result.empty())
            result += separator;
        result += value;
    }
    return result;
}

std::vector<std::string> flagNames(const FieldInfo& field)
{
    std::vector<std::string> flags;
    const std::pair<bool, const char*> all[] = {{field.readOnly, "read-only"}, {field.required, "required"},
                                                {field.multiline, "multiline"}, {field.comb, "comb"},
                                                {field.multiSelect, "multi-select"},
                                                {field.hidden, "hidden"}};
    for (const auto& [set, name] : all) {
        if (set)
            flags.emplace_back(name);
    }
    return flags;
}

bool isChoice(FieldKind kind)
{
    return kind == FieldKind::ComboBox || kind == FieldKind::ListBox;
}

// Quoted, because forms have options that are empty or only spaces.
std::string quoted(const std::string& text)
{
    return '"' + text + '"';
}

// "display" (export) where a choice stores something else than it shows.
std::vector<std::string> describedOptions(const FieldInfo& field)
{
    std::vector<std::string> options;
    for (std::size_t i = 0; i < field.options.size(); ++i) {
        std::string option = quoted(field.options[i]);
        if (isChoice(field.kind) && i < field.exportValues.size() && field.exportValues[i] != field.options[i])
            option += " (" + quoted(field.exportValues[i]) + ")";
        options.push_back(std::move(option));
    }
    return options;
}

void writeText(const std::string& pdf, const std::vector<FieldInfo>& fields, std::ostream& out)
{
    std::ostringstream text;
    text.imbue(std::locale::classic());
    text << pdf << ": " << fields.size() << (fields.size() == 1 ? " field\n" : " fields\n");
    for (const FieldInfo& field : fields) {
        text << '\n' << field.name << " (" << printer::toString(field.kind) << ")\n";
        if (!field.tooltip.empty())
            text << "  tooltip: " << field.tooltip << '\n';
        if (const auto flags = flagNames(field); !flags.empty())
            text << "  flags: " << joined(flags) << '\n';
        if (field.maxLength)
            text << "  max length: " << *field.maxLength << '\n';
        if (!field.options.empty())
            text << "  options: " << joined(describedOptions(field)) << '\n';
        if (!isChoice(field.kind) && !field.exportValues.empty())
            text << "  on-states: " << joined(field.exportValues) << '\n';
        if (!field.value.empty())
            text << "  value: " << quoted(field.value) << '\n';
        for (const printer::Widget& widget : field.widgets) {
            text << "  widget: ";
            if (widget.page > 0)
                text << "page " << widget.page;
            else
                text << "on no page";
            text << ", x " << widget.rect.left << " y " << widget.rect.bottom << ", " << widget.rect.width << " x "
                 << widget.rect.height;
            if (!widget.onStates.empty())
                text << ", on " << joined(widget.onStates);
            text << '\n';
        }
    }
    out << text.str();
}

nlohmann::json toJson(const FieldInfo& field)
{
    nlohmann::json widgets = nlohmann::json::array();
    for (const printer::Widget& widget : field.widgets) {
        widgets.push_back({{"page", widget.page},
                           {"rect",
                            {{"left", widget.rect.left},
                             {"bottom", widget.rect.bottom},
                             {"width", widget.rect.width},
                             {"height", widget.rect.height}}},
                           {"onStates", widget.onStates}});
    }
    return {{"name", field.name},
            {"kind", printer::toString(field.kind)},
            {"options", field.options},
            {"exportValues", field.exportValues},
            {"maxLength", field.maxLength ? nlohmann::json(*field.maxLength) : nlohmann::json(nullptr)},
            {"comb", field.comb},
            {"multiline", field.multiline},
            {"multiSelect", field.multiSelect},
            {"readOnly", field.readOnly},
            {"required", field.required},
            {"hidden", field.hidden},
            {"tooltip", field.tooltip},
            {"value", field.value},
            {"defaultAppearance", field.defaultAppearance},
            {"quadding", field.quadding},
            {"widgets", widgets}};
}

void writeJson(const std::string& pdf, const std::vector<FieldInfo>& fields, std::ostream& out)
{
    nlohmann::json list = nlohmann::json::array();
    for (const FieldInfo& field : fields)
        list.push_back(toJson(field));
    const nlohmann::json document = {{"file", pdf}, {"fields", list}};
    // Names and values come from the PDF: replace bytes that are not UTF-8 instead of throwing.
    out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace

int runFieldsCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    bool json = false;
    std::optional<std::string> pdf;
    for (const std::string& arg : args) {
        if (arg == "--help" || arg == "-h") {
            out << kFieldsUsage;
            return 0;
        }
        if (arg == "--json") {
            json = true;
        } else if (arg.starts_with("-") || pdf) {
            err << "helder-forms fields: unexpected argument '" << arg << "'\n" << kFieldsUsage;
            return 2;
        } else {
            pdf = arg;
        }
    }
    if (!pdf) {
        err << "helder-forms fields: no PDF given\n" << kFieldsUsage;
        return 2;
    }

    const auto fields = printer::readFields(std::filesystem::path(*pdf));
    if (!fields) {
        err << "helder-forms fields: " << *pdf << ": " << fields.error().message << " [" << fields.error().code
            << "]\n";
        return 1;
    }
    if (json)
        writeJson(*pdf, *fields, out);
    else
        writeText(*pdf, *fields, out);
    return 0;
}

} // namespace helder::tools
