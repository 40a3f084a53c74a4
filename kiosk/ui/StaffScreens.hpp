#pragma once
// The staff screens (DESIGN §7), in the kiosk's interface language, touch only: the PIN pad that
// the hidden long-press opens, and the staff panel behind it (printer status, the forms check
// report, reload forms, test print, close staff mode, exit the kiosk). Also the screen a visitor
// sees when something unexpected failed: it sends them to a staff member and keeps their answers.
// The app fills the views; these builders only lay them out.
//
// Widget ids: "staff/digit/0" … "staff/digit/9", "staff/delete", "staff/ok", "staff/cancel";
// "staff/reload", "staff/test_print", "staff/close", "staff/exit"; "failure/retry",
// "failure/back", "failure/print".

#include "text/TextEngine.hpp"
#include "ui/ScreenDescription.hpp"
#include "ui/ScreenInput.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helder::ui {

struct PinPadView {
    std::size_t digits = 0;         // typed so far, shown as dots
    bool wrongPin = false;          // the last PIN tried was wrong
    std::int64_t lockedMinutes = 0; // > 0: too many wrong PINs, locked for this many more minutes
};

struct StaffPanelView {
    std::string output;              // "spool folder /run/helder/spool", "CUPS queue kiosk_a4"
    bool printerReady = false;
    std::string printerProblem;      // when not ready: printer-state-reasons or the fault, for staff
    std::size_t formsLoaded = 0;
    std::optional<std::size_t> postcodes; // places in the postcode list; nullopt: no list loaded
    std::vector<std::string> unknownLanguages; // config "languages" codes without a locale
    std::vector<std::string> problems; // "file: message" of skipped forms, the postcode file, …
    std::optional<bool> testPrintSent; // the last test print: sent, or failed
    std::optional<std::string> countsDay; // the last finished day counted (ISO); nullopt before the first midnight
    std::vector<std::string> counts;      // that day's anonymous counts, "sessions_printed form=uitpas language=nl: 7"
};

ScreenDescription buildPinPad(text::TextEngine& engine, const ScreenInput& input, const PinPadView& view);
ScreenDescription buildStaffPanel(text::TextEngine& engine, const ScreenInput& input, const StaffPanelView& view);

// "Something went wrong. Please ask a staff member." with "Try again", "Back" (on a question) and
// "Print my papers" (on the review screen), so the worker can still finish the visit.
ScreenDescription buildSomethingWentWrong(text::TextEngine& engine, const ScreenInput& input);

} // namespace helder::ui
