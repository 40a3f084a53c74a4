#include "app/KioskConfig.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <functional>
#include <map>
#include <sstream>

namespace helder::app {
namespace {

using Reader = std::function<std::optional<std::string>(const nlohmann::json& value, KioskConfig& config)>;

// A language code as in locales/: two or three lowercase letters.
bool isLanguageCode(const std::string& code)
{
    if (code.size() < 2 || code.size() > 3) {
        return false;
    }
    for (const char letter : code) {
        if (letter < 'a' || letter > 'z') {
            return false;
        }
    }
    return true;
}

Reader path(std::optional<std::filesystem::path> KioskConfig::*member, std::string what)
{
    return [member, what](const nlohmann::json& value, KioskConfig& config) -> std::optional<std::string> {
        if (!value.is_string() || value.get<std::string>().empty()) {
            return "must be " + what;
        }
        config.*member = std::filesystem::path(value.get<std::string>());
        return std::nullopt;
    };
}

Reader wholeNumber(std::int64_t KioskConfig::*member, std::int64_t lowest, std::int64_t highest)
{
    return [=](const nlohmann::json& value, KioskConfig& config) -> std::optional<std::string> {
        if (!value.is_number_integer() || value.get<std::int64_t>() < lowest || value.get<std::int64_t>() > highest) {
            return "must be a whole number from " + std::to_string(lowest) + " to " + std::to_string(highest);
        }
        config.*member = value.get<std::int64_t>();
        return std::nullopt;
    };
}

Reader text(std::optional<std::string> KioskConfig::*member, std::function<bool(const std::string&)> valid,
            std::string what)
{
    return [=](const nlohmann::json& value, KioskConfig& config) -> std::optional<std::string> {
        if (!value.is_string() || !valid(value.get<std::string>())) {
            return "must be " + what;
        }
        config.*member = value.get<std::string>();
        return std::nullopt;
    };
}

std::optional<std::string> readLanguages(const nlohmann::json& value, KioskConfig& config)
{
    if (!value.is_array() || value.empty()) {
        return "must be a non-empty list of language codes such as [\"nl\", \"fr\"]";
    }
    for (const auto& item : value) {
        if (!item.is_string() || !isLanguageCode(item.get<std::string>())) {
            return "must hold language codes such as \"nl\" (found " + item.dump() + ")";
        }
        config.languages.push_back(item.get<std::string>());
    }
    return std::nullopt;
}

std::optional<std::string> readDuplex(const nlohmann::json& value, KioskConfig& config)
{
    if (!value.is_boolean()) {
        return "must be true or false";
    }
    config.duplex = value.get<bool>();
    return std::nullopt;
}

const std::map<std::string, Reader, std::less<>>& readers()
{
    static const std::map<std::string, Reader, std::less<>> table{
        // Editors find the schema through it (packaging/config.json); the kiosk has no use for it.
        {"$schema", [](const nlohmann::json& value, KioskConfig&) -> std::optional<std::string> {
             return value.is_string() ? std::nullopt : std::optional<std::string>("must be the schema's path or URL");
         }},
        {"forms_folder", path(&KioskConfig::formsFolder, "a folder name")},
        {"local_forms_folder", path(&KioskConfig::localFormsFolder, "a folder name")},
        {"locales_folder", path(&KioskConfig::localesFolder, "a folder name")},
        {"languages", readLanguages},
        {"printer_queue", text(&KioskConfig::printerQueue,
                               [](const std::string& queue) {
                                   return !queue.empty() && queue.size() <= 127
                                       && queue.find_first_of(" /\\#\t") == std::string::npos;
                               },
                               "a CUPS queue name (no spaces, slashes or #)")},
        {"copies", wholeNumber(&KioskConfig::copies, 1, 5)},
        {"duplex", readDuplex},
        {"print_timeout_seconds", wholeNumber(&KioskConfig::printTimeoutSeconds, 10, 900)},
        {"spool_folder", path(&KioskConfig::spoolFolder, "a folder name")},
        {"spool_retention_minutes", wholeNumber(&KioskConfig::spoolRetentionMinutes, 0, 1440)},
        {"postcodes_file", path(&KioskConfig::postcodesFile, "a file name")},
        {"idle_timeout_seconds", wholeNumber(&KioskConfig::idleTimeoutSeconds, 30, 3600)},
        {"worker_language", text(&KioskConfig::workerLanguage, isLanguageCode, "a language code such as \"nl\"")},
        {"staff_pin_hash", text(&KioskConfig::staffPinHash,
                                [](const std::string& hash) { return hash.starts_with("$argon2"); },
                                "a hash made by `helder-forms hash-pin` (it starts with $argon2)")},
        {"counters_file", path(&KioskConfig::countersFile, "a file name")},
    };
    return table;
}

} // namespace

std::expected<KioskConfig, std::string> KioskConfig::parse(std::string_view text)
{
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& error) {
        return std::unexpected(std::string("not valid JSON: ") + error.what());
    }
    if (!document.is_object()) {
        return std::unexpected("the config must be a JSON object");
    }
    KioskConfig config;
    for (const auto& [key, value] : document.items()) {
        const auto reader = readers().find(key);
        if (reader == readers().end()) {
            return std::unexpected("unknown key \"" + key + "\"");
        }
        if (auto problem = reader->second(value, config)) {
            return std::unexpected(key + " " + *problem);
        }
    }
    return config;
}

std::expected<KioskConfig, std::string> KioskConfig::read(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::unexpected("cannot read " + path.string());
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto config = parse(text.str());
    if (!config) {
        return std::unexpected(path.string() + ": " + config.error());
    }
    return config;
}

} // namespace helder::app
