#pragma once
// Staff mode as a value that changes only through its methods (DESIGN §7): closed, the PIN pad,
// or the staff panel. The hidden long-press opens the PIN pad; a PIN is checked against the
// config's hash (the check is injected); 5 wrong PINs lock it for 5 minutes (PinLockout); a
// minute without a touch closes it, so no visitor finds it open. Pure: no window, no clock.
// Without a PIN hash in the config it is off: the long-press does nothing.

#include "app/PinLockout.hpp"
#include "ui/StaffScreens.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace helder::app {

// What the app must do after a tap on the staff panel.
enum class StaffCommand { None, ReloadForms, TestPrint, ExitKiosk };

class StaffMode {
public:
    using PinCheck = std::function<bool(std::string_view pin)>;
    enum class View { Closed, PinPad, Panel };

    static constexpr std::int64_t idleCloseMs = 60'000;

    StaffMode() = default; // off
    explicit StaffMode(PinCheck check) : m_check(std::move(check)) {}

    [[nodiscard]] bool enabled() const { return static_cast<bool>(m_check); }
    [[nodiscard]] View view() const { return m_view; }
    [[nodiscard]] bool isOpen() const { return m_view != View::Closed; }

    // The long-press: shows the PIN pad (with the lockout's message while locked).
    void open(std::int64_t now);
    void close();
    // A tap on a widget of the PIN pad or the panel, by id.
    StaffCommand tap(std::string_view widgetId, std::int64_t now);
    // Closes staff mode after idleCloseMs without a touch.
    void tick(std::int64_t now);
    // When tick() or the PIN pad's lockout message next changes something; nullopt when closed.
    [[nodiscard]] std::optional<std::int64_t> nextWake(std::int64_t now) const;

    [[nodiscard]] ui::PinPadView pinPad(std::int64_t now) const;
    [[nodiscard]] const PinLockout& lockout() const { return m_lockout; }

private:
    void tapPinPad(std::string_view id, std::int64_t now);
    StaffCommand tapPanel(std::string_view id);

    PinCheck m_check;
    View m_view = View::Closed;
    std::string m_pin;
    bool m_wrongPin = false;
    PinLockout m_lockout;
    std::int64_t m_lastTouch = 0;
};

} // namespace helder::app
