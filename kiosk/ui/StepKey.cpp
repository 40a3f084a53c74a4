#include "ui/StepKey.hpp"

#include <charconv>

namespace helder::ui {

std::string stepKey(const core::Step& step)
{
    if (step.groupId.empty()) {
        return step.questionId;
    }
    return step.groupId + "/" + (step.member ? std::to_string(*step.member) : std::string("-")) + "/"
        + step.questionId;
}

std::optional<core::Step> parseStepKey(std::string_view key)
{
    const auto first = key.find('/');
    if (first == std::string_view::npos) {
        return key.empty() ? std::nullopt : std::optional<core::Step>(core::Step{std::string(key), {}, {}});
    }
    const auto second = key.find('/', first + 1);
    if (second == std::string_view::npos || first == 0) {
        return std::nullopt;
    }
    core::Step step{std::string(key.substr(second + 1)), std::string(key.substr(0, first)), std::nullopt};
    const std::string_view member = key.substr(first + 1, second - first - 1);
    if (member != "-") {
        std::size_t index = 0;
        const auto [end, error] = std::from_chars(member.data(), member.data() + member.size(), index);
        if (error != std::errc() || end != member.data() + member.size()) {
            return std::nullopt;
        }
        step.member = index;
    }
    return step;
}

} // namespace helder::ui
