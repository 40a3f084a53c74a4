#include "app/EffectRunner.hpp"

#include <ostream>

namespace helder::app {
namespace {

const char* reasonName(core::effect::EndReason reason)
{
    switch (reason) {
    case core::effect::EndReason::Printed: return "printed";
    case core::effect::EndReason::StartedAgain: return "started again";
    case core::effect::EndReason::IdleTimeout: return "idle timeout";
    }
    return "unknown";
}

} // namespace

std::vector<core::Action> EffectRunner::run(std::span<const core::Effect> effects, const core::Session& session)
{
    std::vector<core::Action> results;
    for (const core::Effect& effect : effects) {
        // The log holds form ids, languages and question ids only: never an answer (DESIGN §7).
        if (const auto* print = std::get_if<core::effect::StartPrint>(&effect)) {
            // The result comes later from the print worker, or at once when printing cannot start.
            m_log << "helder-kiosk: print job " << session.sessionCode << (print->copy ? " (copy)" : "") << ": started\n";
            if (auto result = m_print(session, print->copy)) {
                results.push_back(std::move(*result));
            }
        } else if (const auto* cancel = std::get_if<core::effect::CancelPrintJobs>(&effect)) {
            m_cancel(cancel->sessionCode);
        } else if (const auto* started = std::get_if<core::effect::SessionStarted>(&effect)) {
            m_log << "helder-kiosk: session " << session.sessionCode << " started: " << started->formId << ", " << started->language << '\n';
        } else if (const auto* ended = std::get_if<core::effect::SessionEnded>(&effect)) {
            m_log << "helder-kiosk: session ended: " << ended->formId << ", " << reasonName(ended->reason)
                  << (ended->lastQuestion ? ", at " + *ended->lastQuestion : std::string()) << '\n';
        } else if (const auto* fault = std::get_if<core::effect::PrintFaulted>(&effect)) {
            m_log << "helder-kiosk: print fault: " << fault->formId << ", " << fault->faultKey << '\n';
        } else if (std::holds_alternative<core::effect::AnnounceIdleWarning>(effect) && m_announce) {
            m_announce(session);
        }
    }
    return results;
}

} // namespace helder::app
