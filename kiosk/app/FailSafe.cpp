#include "app/FailSafe.hpp"

#include <cxxabi.h>

#include <cstdlib>
#include <exception>
#include <memory>
#include <ostream>
#include <typeinfo>
#include <variant>

namespace helder::app {
namespace {

std::string readableType(const std::type_info& type)
{
    int status = 0;
    const std::unique_ptr<char, decltype(&std::free)> name(
        abi::__cxa_demangle(type.name(), nullptr, nullptr, &status), &std::free);
    return status == 0 && name ? std::string(name.get()) : std::string(type.name());
}

// The last part of a qualified name: "helder::core::action::SetDraft" → "SetDraft".
std::string shortName(const std::type_info& type)
{
    const std::string name = readableType(type);
    const auto colon = name.rfind("::");
    return colon == std::string::npos ? name : name.substr(colon + 2);
}

const char* screenName(core::Screen screen)
{
    switch (screen) {
    case core::Screen::Welcome: return "welcome";
    case core::Screen::ChooseForm: return "form choice";
    case core::Screen::BeforeStart: return "before-you-start";
    case core::Screen::Question: return "question";
    case core::Screen::Review: return "review";
    case core::Screen::Printing: return "printing";
    case core::Screen::PrintFault: return "printer fault";
    case core::Screen::Done: return "done";
    }
    return "unknown";
}

} // namespace

bool FailSafe::attempt(std::string_view what, const std::function<void()>& step)
{
    try {
        step();
        return true;
    } catch (const std::exception& error) {
        m_log << "helder-kiosk: something went wrong " << what << ": " << readableType(typeid(error)) << '\n';
    } catch (...) {
        m_log << "helder-kiosk: something went wrong " << what << ": an exception of unknown type\n";
    }
    m_failed = true;
    return false;
}

FailSafe::Recovery FailSafe::recover(std::string_view widgetId)
{
    Recovery recovery;
    if (widgetId == "failure/retry") {
        recovery.handled = true;
    } else if (widgetId == "failure/back") {
        recovery = {true, core::action::Back{}};
    } else if (widgetId == "failure/print") {
        recovery = {true, core::action::Print{}};
    }
    if (recovery.handled) {
        m_failed = false;
    }
    return recovery;
}

std::string describeScreen(const core::Session& session)
{
    std::string where = std::string(screenName(session.screen)) + " screen";
    if (!session.formId.empty()) {
        where += " of form " + session.formId;
    }
    if (session.step) {
        where += " at " + (session.step->isGroupOverview() ? "group " + session.step->groupId
                                                           : "question " + session.step->questionId);
    }
    return where;
}

std::string describeIntent(const ui::Intent& intent)
{
    std::string described;
    if (intent.action) {
        described = "action " + std::visit([](const auto& action) { return shortName(typeid(action)); }, *intent.action);
    }
    if (intent.ui) {
        described += (described.empty() ? "" : " and ") + std::string("screen setting ")
            + std::visit([](const auto& action) { return shortName(typeid(action)); }, *intent.ui);
    }
    return described;
}

} // namespace helder::app
