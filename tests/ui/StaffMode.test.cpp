// Staff mode's pure logic with an injected clock: the hidden long-press, the PIN pad, the lockout
// after 5 wrong PINs, the panel's commands, and closing itself when left alone.

#include "app/StaffCorner.hpp"
#include "app/PinHash.hpp"
#include "app/PinLockout.hpp"
#include "app/StaffMode.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace helder::app;

namespace {

// A fast stand-in for the argon2 check: the PIN 2468 is right.
StaffMode staffMode(int* checks = nullptr)
{
    return StaffMode([checks](std::string_view pin) {
        if (checks) {
            ++*checks;
        }
        return pin == "2468";
    });
}

void type(StaffMode& staff, std::string_view pin, std::int64_t now)
{
    for (const char digit : pin) {
        staff.tap("staff/digit/" + std::string(1, digit), now);
    }
    staff.tap("staff/ok", now);
}

} // namespace

TEST_CASE("the lockout: five wrong PINs in a row lock for five minutes, by the injected clock")
{
    PinLockout lockout;
    for (int i = 0; i < 4; ++i) {
        lockout.recordFailure(1'000);
    }
    CHECK_FALSE(lockout.locked(1'000));
    CHECK(lockout.failures() == 4);
    lockout.recordFailure(2'000);
    CHECK(lockout.locked(2'000));
    CHECK(lockout.remainingMinutes(2'000) == 5);
    CHECK(lockout.remainingMinutes(2'000 + 60'001) == 4);
    CHECK(lockout.remainingMinutes(2'000 + 4 * 60'000 + 1) == 1);
    CHECK(lockout.locked(2'000 + 5 * 60'000 - 1));
    CHECK_FALSE(lockout.locked(2'000 + 5 * 60'000));
    CHECK(lockout.remainingMinutes(2'000 + 5 * 60'000) == 0);

    PinLockout forgiven;
    for (int i = 0; i < 4; ++i) {
        forgiven.recordFailure(0);
    }
    forgiven.recordSuccess();
    forgiven.recordFailure(0);
    CHECK_FALSE(forgiven.locked(0)); // in a row: a right PIN starts the count again
}

TEST_CASE("the long-press fires after three seconds held on the corner, not before, not elsewhere")
{
    StaffCorner press;
    CHECK_FALSE(press.due());
    press.press(true, 10'000);
    CHECK(press.due() == 13'000);
    CHECK_FALSE(press.fire(12'999));
    CHECK(press.fire(13'000));
    CHECK_FALSE(press.fire(14'000)); // spent until the next press

    press.press(true, 20'000);
    press.release();
    CHECK_FALSE(press.fire(25'000));

    press.press(true, 30'000);
    press.move(false); // slid off the corner
    CHECK_FALSE(press.fire(35'000));

    press.press(false, 40'000);
    CHECK_FALSE(press.due());
}

TEST_CASE("without a PIN hash staff mode is off: the long-press opens nothing")
{
    StaffMode off;
    CHECK_FALSE(off.enabled());
    off.open(0);
    CHECK_FALSE(off.isOpen());
    CHECK(off.tap("staff/exit", 0) == StaffCommand::None);
}

TEST_CASE("the right PIN opens the panel, whose buttons give the app's commands")
{
    int checks = 0;
    StaffMode staff = staffMode(&checks);
    staff.open(0);
    REQUIRE(staff.view() == StaffMode::View::PinPad);
    staff.tap("staff/digit/2", 0);
    staff.tap("staff/digit/4", 0);
    CHECK(staff.pinPad(0).digits == 2);
    staff.tap("staff/delete", 0);
    CHECK(staff.pinPad(0).digits == 1);
    staff.tap("staff/ok", 0); // too short to be a PIN: not even checked
    CHECK(checks == 0);
    staff.tap("staff/digit/4", 0);
    staff.tap("staff/digit/6", 0);
    staff.tap("staff/digit/8", 0);
    staff.tap("staff/ok", 0);
    CHECK(checks == 1);
    REQUIRE(staff.view() == StaffMode::View::Panel);

    CHECK(staff.tap("staff/reload", 1) == StaffCommand::ReloadForms);
    CHECK(staff.tap("staff/test_print", 2) == StaffCommand::TestPrint);
    CHECK(staff.tap("staff/exit", 3) == StaffCommand::ExitKiosk);
    CHECK(staff.tap("staff/digit/1", 4) == StaffCommand::None);
    CHECK(staff.tap("staff/close", 5) == StaffCommand::None);
    CHECK_FALSE(staff.isOpen());

    staff.open(6);
    CHECK(staff.view() == StaffMode::View::PinPad); // the PIN is asked again every time
    CHECK(staff.pinPad(6).digits == 0);
}

TEST_CASE("a PIN pad takes at most 12 digits and cancel closes it")
{
    StaffMode staff = staffMode();
    staff.open(0);
    for (int i = 0; i < 20; ++i) {
        staff.tap("staff/digit/9", 0);
    }
    CHECK(staff.pinPad(0).digits == longestPin);
    staff.tap("staff/digit/x", 0);
    staff.tap("staff/digit/12", 0);
    CHECK(staff.pinPad(0).digits == longestPin);
    staff.tap("staff/cancel", 0);
    CHECK_FALSE(staff.isOpen());
}

TEST_CASE("five wrong PINs lock the pad for five minutes with the minutes left shown")
{
    int checks = 0;
    StaffMode staff = staffMode(&checks);
    staff.open(0);
    for (int i = 1; i <= 4; ++i) {
        type(staff, "1111", i * 1'000);
        CHECK(staff.pinPad(i * 1'000).wrongPin);
        CHECK(staff.pinPad(i * 1'000).lockedMinutes == 0);
    }
    type(staff, "1111", 5'000);
    CHECK(checks == 5);
    CHECK(staff.pinPad(5'000).lockedMinutes == 5);
    CHECK_FALSE(staff.pinPad(5'000).wrongPin);

    // While locked even the right PIN is not checked, and the digits are not taken.
    type(staff, "2468", 10'000);
    CHECK(checks == 5);
    CHECK(staff.view() == StaffMode::View::PinPad);
    CHECK(staff.pinPad(10'000).digits == 0);
    CHECK(staff.pinPad(5'000 + 2 * 60'000).lockedMinutes == 3);

    // The app wakes up when the minute shown changes.
    CHECK(staff.nextWake(10'000) == 65'000);

    // Closing and opening again does not lift the lock.
    staff.close();
    staff.open(20'000);
    CHECK(staff.pinPad(20'000).lockedMinutes == 5);
    type(staff, "2468", 20'000);
    CHECK(staff.view() == StaffMode::View::PinPad);

    const std::int64_t after = 5'000 + PinLockout::lockMs;
    CHECK(staff.pinPad(after).lockedMinutes == 0);
    type(staff, "2468", after);
    CHECK(checks == 6);
    CHECK(staff.view() == StaffMode::View::Panel);
}

TEST_CASE("staff mode closes itself after a minute without a touch")
{
    StaffMode staff = staffMode();
    staff.open(0);
    type(staff, "2468", 1'000);
    REQUIRE(staff.view() == StaffMode::View::Panel);
    CHECK(staff.nextWake(1'000) == 1'000 + StaffMode::idleCloseMs);
    staff.tick(30'000);
    CHECK(staff.isOpen());
    staff.tap("staff/nothing", 30'000); // any touch counts
    staff.tick(30'000 + StaffMode::idleCloseMs - 1);
    CHECK(staff.isOpen());
    staff.tick(30'000 + StaffMode::idleCloseMs);
    CHECK_FALSE(staff.isOpen());
    CHECK_FALSE(staff.nextWake(100'000));
}

TEST_CASE("staff mode with the real argon2 check of a hash-pin hash")
{
    const auto hash = hashPin("80251");
    REQUIRE(hash);
    StaffMode staff([hash = *hash](std::string_view pin) { return verifyPin(hash, pin); });
    staff.open(0);
    type(staff, "80250", 0);
    CHECK(staff.pinPad(0).wrongPin);
    type(staff, "80251", 0);
    CHECK(staff.view() == StaffMode::View::Panel);
}
