#include "app/KioskConfig.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace helder::app {
namespace {

constexpr std::int64_t minimumIdleSeconds = 30;
constexpr std::int64_t maximumIdleSeconds = 3600;

std::expected<std::filesystem::path, std::string> folder(const nlohmann::json& value, const std::string& key)
{
    if (!value.is_string() || value.get<std::string>().empty()) {
        return std::unexpected(key + " must be a folder name");
    }
    return std::filesystem::path(value.get<std::string>());
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
        if (key == "forms_folder" || key == "locales_folder" || key == "spool_folder") {
            auto path = folder(value, key);
            if (!path) {
                return std::unexpected(path.error());
            }
            (key == "forms_folder" ? config.formsFolder : key == "locales_folder" ? config.localesFolder
                                                                                   : config.spoolFolder) = *path;
        } else if (key == "idle_timeout_seconds") {
            if (!value.is_number_integer() || value.get<std::int64_t>() < minimumIdleSeconds
                || value.get<std::int64_t>() > maximumIdleSeconds) {
                return std::unexpected("idle_timeout_seconds must be a whole number from 30 to 3600");
            }
            config.idleTimeoutSeconds = value.get<std::int64_t>();
        } else {
            return std::unexpected("unknown key \"" + key + "\"");
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
