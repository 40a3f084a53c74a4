#include "app/StaffMode.hpp"

#include "app/PinHash.hpp"

#include <algorithm>

namespace helder::app {

void StaffMode::open(std::int64_t now)
{
    if (!enabled() || isOpen()) {
        return;
    }
    m_view = View::PinPad;
    m_pin.clear();
    m_wrongPin = false;
    m_lastTouch = now;
}

void StaffMode::close()
{
    m_view = View::Closed;
    m_pin.clear();
    m_wrongPin = false;
}

StaffCommand StaffMode::tap(std::string_view id, std::int64_t now)
{
    m_lastTouch = now;
    switch (m_view) {
    case View::Closed: return StaffCommand::None;
    case View::PinPad: tapPinPad(id, now); return StaffCommand::None;
    case View::Panel: return tapPanel(id);
    }
    return StaffCommand::None;
}

void StaffMode::tapPinPad(std::string_view id, std::int64_t now)
{
    if (id == "staff/cancel") {
        close();
        return;
    }
    if (m_lockout.locked(now)) {
        return; // nothing is typed or checked until the lockout ends
    }
    constexpr std::string_view digit = "staff/digit/";
    if (id.starts_with(digit) && id.size() == digit.size() + 1 && id.back() >= '0' && id.back() <= '9') {
        if (m_pin.size() < longestPin) {
            m_pin += id.back();
        }
        m_wrongPin = false;
    } else if (id == "staff/delete") {
        if (!m_pin.empty()) {
            m_pin.pop_back();
        }
    } else if (id == "staff/ok" && m_pin.size() >= shortestPin) {
        if (m_check(m_pin)) {
            m_lockout.recordSuccess();
            m_view = View::Panel;
            m_wrongPin = false;
        } else {
            m_lockout.recordFailure(now);
            m_wrongPin = !m_lockout.locked(now);
        }
        m_pin.clear();
    }
}

StaffCommand StaffMode::tapPanel(std::string_view id)
{
    if (id == "staff/reload") {
        return StaffCommand::ReloadForms;
    }
    if (id == "staff/test_print") {
        return StaffCommand::TestPrint;
    }
    if (id == "staff/exit") {
        return StaffCommand::ExitKiosk;
    }
    if (id == "staff/close") {
        close();
    }
    return StaffCommand::None;
}

void StaffMode::tick(std::int64_t now)
{
    if (isOpen() && now - m_lastTouch >= idleCloseMs) {
        close();
    }
}

std::optional<std::int64_t> StaffMode::nextWake(std::int64_t now) const
{
    if (!isOpen()) {
        return std::nullopt;
    }
    std::int64_t wake = m_lastTouch + idleCloseMs;
    const std::int64_t left = m_lockout.remainingMs(now);
    if (m_view == View::PinPad && left > 0) {
        // The moment the minutes shown change, or the lockout ends.
        wake = std::min(wake, now + ((left - 1) % 60'000) + 1);
    }
    return wake;
}

ui::PinPadView StaffMode::pinPad(std::int64_t now) const
{
    return ui::PinPadView{m_pin.size(), m_wrongPin, m_lockout.remainingMinutes(now)};
}

} // namespace helder::app
