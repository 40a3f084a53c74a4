// The PIN pad, the staff panel and "something went wrong" (DESIGN §7, issue 15).

#include "ui/StaffScreens.hpp"

#include "ui/ScreenKit.hpp"

#include <algorithm>
#include <array>

namespace helder::ui {
namespace {

// Staff read the technical lines (file names, CUPS reasons) as they are: they are not translated.
constexpr std::string_view technical = "en";

TextStyle style(float size, text::Weight weight = text::Weight::Regular, TextAlign align = TextAlign::Start,
                bool muted = false)
{
    return TextStyle{size, weight, align, muted};
}

// The whole window, inside a margin: staff screens have no visitor top bar.
Rect page(const ScreenKit& kit)
{
    const ScreenInput& input = kit.input();
    return Rect{2.0F * kit.gap(), 2.0F * kit.gap(), input.width - 4.0F * kit.gap(), input.height - 4.0F * kit.gap()};
}

void background(ScreenKit& kit)
{
    kit.add("screen", WidgetKind::Panel, Role::Screen, Rect{0.0F, 0.0F, kit.input().width, kit.input().height});
}

void pinKeys(ScreenKit& kit, Rect area)
{
    // Digits in telephone order whatever the language's direction; Delete and OK beside 0.
    static constexpr std::array<std::string_view, 12> keys{"1", "2", "3", "4", "5", "6",
                                                           "7", "8", "9", "delete", "0", "ok"};
    const float keyWidth = (area.width - 2.0F * kit.gap()) / 3.0F;
    const float keyHeight = std::max(60.0F, (area.height - 3.0F * kit.gap()) / 4.0F);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const Rect rect = kit.keepOrder(Rect{area.x + static_cast<float>(i % 3) * (keyWidth + kit.gap()),
                                             area.y + static_cast<float>(i / 3) * (keyHeight + kit.gap()),
                                             keyWidth, keyHeight});
        const std::string_view key = keys[i];
        if (key == "delete") {
            kit.button("staff/delete", kit.tr("question.delete"), Role::Secondary, rect);
        } else if (key == "ok") {
            kit.button("staff/ok", kit.tr("staff.ok"), Role::Primary, rect);
        } else {
            Widget& widget = kit.add("staff/digit/" + std::string(key), WidgetKind::Key, Role::Key, rect);
            kit.addText(widget, key, technical, rect, style(kit.title(), text::Weight::Bold, TextAlign::Center), true);
        }
    }
}

// Lines of a panel section, one under the other; returns the y below them.
float lines(ScreenKit& kit, std::string_view idPrefix, const std::vector<std::pair<std::string, Role>>& texts,
            Rect area, std::string_view language)
{
    float y = area.y;
    for (std::size_t i = 0; i < texts.size() && y < area.bottom(); ++i) {
        const auto& [line, role] = texts[i];
        y += kit.paragraph(std::string(idPrefix) + std::to_string(i), line, language,
                           Rect{area.x, y, area.width, area.bottom() - y}, style(kit.small()), role)
            + kit.gap() * 0.4F;
    }
    return y;
}

} // namespace

ScreenDescription buildPinPad(text::TextEngine& engine, const ScreenInput& input, const PinPadView& view)
{
    ScreenKit kit(engine, input);
    background(kit);
    const Rect area = page(kit);
    const float width = std::min(area.width, 560.0F * kit.scale());
    const float x = area.x + (area.width - width) / 2.0F;
    float y = area.y;
    y += kit.paragraph("staff/title", kit.tr("staff.title"), kit.language(), Rect{x, y, width, area.height},
                       style(kit.title(), text::Weight::Bold, TextAlign::Center))
        + kit.gap() * 0.5F;
    std::string message = kit.tr("staff.enter_pin");
    Role messageRole = Role::Screen;
    if (view.lockedMinutes > 0) {
        message = kit.tr("staff.locked", {{"minutes", view.lockedMinutes}});
        messageRole = Role::Problem;
    } else if (view.wrongPin) {
        message = kit.tr("staff.wrong_pin");
        messageRole = Role::Problem;
    }
    Widget& notice = kit.add("staff/message", WidgetKind::Label, messageRole, Rect{x, y, width, kit.body() * 2.6F});
    kit.addText(notice, message, kit.language(),
                Rect{x + kit.gap() * 0.5F, y, width - kit.gap(), notice.rect.height},
                style(kit.body(), text::Weight::Regular, TextAlign::Center), true);
    y = notice.rect.bottom() + kit.gap() * 0.5F;

    Widget& field = kit.add("staff/pin", WidgetKind::Label, Role::Field, Rect{x, y, width, kit.touch()});
    field.borderWidth = std::max(1.0F, 2.0F * kit.scale());
    if (view.digits > 0) {
        std::string dots;
        for (std::size_t i = 0; i < view.digits; ++i) {
            dots += "\u25CF"; // ● : the digits themselves are never shown
        }
        kit.addText(field, dots, technical, field.rect, style(kit.title(), text::Weight::Bold, TextAlign::Center), true);
    }
    y = field.rect.bottom() + kit.gap();

    const float cancelTop = area.bottom() - kit.touch();
    pinKeys(kit, Rect{x, y, width, cancelTop - kit.gap() - y});
    kit.button("staff/cancel", kit.tr("staff.cancel"), Role::Secondary, Rect{x, cancelTop, width, kit.touch()});
    return kit.finish();
}

ScreenDescription buildStaffPanel(text::TextEngine& engine, const ScreenInput& input, const StaffPanelView& view)
{
    ScreenKit kit(engine, input);
    background(kit);
    const Rect area = page(kit);
    const std::string& language = kit.language();
    float y = area.y;
    y += kit.paragraph("staff/title", kit.tr("staff.title"), language, Rect{area.x, y, area.width, area.height},
                       style(kit.title(), text::Weight::Bold))
        + kit.gap();

    // Two columns (one in portrait): the printer on the start side, the forms on the end side.
    const bool portrait = area.width < area.height;
    const float buttonsTop = area.bottom() - (portrait ? 2.0F * kit.touch() + kit.gap() : kit.touch());
    const float columnWidth = portrait ? area.width : (area.width - 2.0F * kit.gap()) / 2.0F;
    const Rect printerArea{area.x, y, columnWidth, buttonsTop - kit.gap() - y};

    float printerY = printerArea.y;
    printerY += kit.paragraph("staff/printer_heading", kit.tr("staff.printer_status"), language,
                              Rect{printerArea.x, printerY, printerArea.width, printerArea.height},
                              style(kit.body(), text::Weight::Bold))
        + kit.gap() * 0.5F;
    std::vector<std::pair<std::string, Role>> printer{{view.output, Role::Screen}};
    printer.emplace_back(view.printerReady ? kit.tr("staff.printer_ready")
                                           : kit.tr("staff.printer_problem", {{"reason", view.printerProblem}}),
                         view.printerReady ? Role::Screen : Role::Problem);
    if (view.testPrintSent) {
        printer.emplace_back(kit.tr(*view.testPrintSent ? "staff.test_print_sent" : "staff.test_print_failed"),
                             *view.testPrintSent ? Role::Hint : Role::Problem);
    }
    printerY = lines(kit, "staff/printer/", printer,
                     Rect{printerArea.x, printerY, printerArea.width, printerArea.bottom() - printerY}, language);

    // The last finished day's anonymous counts (DESIGN §7), as the textfile has them; the lines that
    // do not fit are in the Prometheus textfile.
    printerY += kit.gap();
    printerY += kit.paragraph("staff/counts_heading",
                              view.countsDay ? kit.tr("staff.counts_day", {{"day", *view.countsDay}})
                                             : kit.tr("staff.counts_none"),
                              language, Rect{printerArea.x, printerY, printerArea.width, printerArea.bottom() - printerY},
                              style(kit.body(), text::Weight::Bold))
        + kit.gap() * 0.5F;
    std::vector<std::pair<std::string, Role>> counts;
    for (const std::string& count : view.counts) {
        counts.emplace_back(count, Role::Screen);
    }
    printerY = lines(kit, "staff/count/", counts,
                     Rect{printerArea.x, printerY, printerArea.width, printerArea.bottom() - printerY}, technical);

    const Rect formsArea = portrait
        ? Rect{area.x, printerY + kit.gap(), area.width, buttonsTop - kit.gap() - printerY - kit.gap()}
        : Rect{area.x + columnWidth + 2.0F * kit.gap(), y, columnWidth, printerArea.height};
    float formsY = formsArea.y;
    formsY += kit.paragraph("staff/forms_heading",
                            kit.tr("staff.forms_loaded", {{"count", static_cast<std::int64_t>(view.formsLoaded)}}),
                            language, Rect{formsArea.x, formsY, formsArea.width, formsArea.height},
                            style(kit.body(), text::Weight::Bold))
        + kit.gap() * 0.5F;
    std::vector<std::pair<std::string, Role>> forms;
    forms.emplace_back(view.postcodes
                           ? kit.tr("staff.postcodes_loaded", {{"count", static_cast<std::int64_t>(*view.postcodes)}})
                           : kit.tr("staff.postcodes_none"),
                       Role::Screen);
    if (!view.unknownLanguages.empty()) {
        std::string codes;
        for (const std::string& code : view.unknownLanguages) {
            codes += (codes.empty() ? "" : ", ") + code;
        }
        forms.emplace_back(kit.tr("staff.unknown_languages", {{"codes", codes}}), Role::Problem);
    }
    forms.emplace_back(kit.tr("staff.problems", {{"count", static_cast<std::int64_t>(view.problems.size())}}),
                       view.problems.empty() ? Role::Screen : Role::Problem);
    formsY = lines(kit, "staff/forms/", forms, Rect{formsArea.x, formsY, formsArea.width, formsArea.bottom() - formsY},
                   language);
    std::vector<std::pair<std::string, Role>> problems;
    for (const std::string& problem : view.problems) {
        problems.emplace_back(problem, Role::Screen);
    }
    lines(kit, "staff/problem/", problems,
          Rect{formsArea.x, formsY, formsArea.width, formsArea.bottom() - formsY}, technical);

    // Reload and test print on the start side; close and exit on the end side.
    const float buttonWidth = portrait ? (area.width - kit.gap()) / 2.0F : (area.width - 3.0F * kit.gap()) / 4.0F;
    const std::array<std::pair<const char*, const char*>, 4> buttons{
        {{"staff/reload", "staff.reload_forms"}, {"staff/test_print", "staff.test_print"},
         {"staff/exit", "staff.close_kiosk"}, {"staff/close", "staff.exit"}}};
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        const float bx = portrait ? area.x + static_cast<float>(i % 2) * (buttonWidth + kit.gap())
                                  : area.x + static_cast<float>(i) * (buttonWidth + kit.gap());
        const float by = portrait ? buttonsTop + static_cast<float>(i / 2) * (kit.touch() + kit.gap()) : buttonsTop;
        kit.button(buttons[i].first, kit.tr(buttons[i].second), i == 3 ? Role::Primary : Role::Secondary,
                   Rect{bx, by, buttonWidth, kit.touch()});
    }
    return kit.finish();
}

ScreenDescription buildSomethingWentWrong(text::TextEngine& engine, const ScreenInput& input)
{
    ScreenKit kit(engine, input);
    background(kit);
    Rect area = kit.content();
    Widget& icon = kit.add("failure/icon", WidgetKind::Label, Role::Screen,
                           Rect{area.x, area.y + kit.gap(), area.width, kit.body() * 4.0F});
    kit.addIcon(icon, "support_agent", icon.rect, kit.body() * 3.5F);
    area.y = icon.rect.bottom() + kit.gap();
    area.y += kit.paragraph("failure/message", kit.tr("status.error"), kit.language(), area,
                            style(kit.title(), text::Weight::Bold, TextAlign::Center))
        + kit.gap();
    kit.paragraph("failure/answers_safe", kit.tr("print.answers_safe"), kit.language(), area,
                  style(kit.body(), text::Weight::Regular, TextAlign::Center));

    // The visit can go on: try the screen again, step back from it, or print from the review.
    const core::Session& session = input.session;
    std::vector<std::pair<const char*, std::string>> buttons;
    if (session.screen == core::Screen::Question) {
        buttons.emplace_back("failure/back", kit.tr("question.back"));
    }
    if (session.screen == core::Screen::Review) {
        buttons.emplace_back("failure/print", kit.tr("review.print"));
    }
    buttons.emplace_back("failure/retry", kit.tr("print.retry"));
    const Rect bar = kit.bottomBar();
    const float width = std::min(420.0F * kit.scale(),
                                 (bar.width - 4.0F * kit.gap() - static_cast<float>(buttons.size() - 1) * kit.gap())
                                     / static_cast<float>(buttons.size()));
    float x = bar.width - 2.0F * kit.gap() - width;
    for (auto it = buttons.rbegin(); it != buttons.rend(); ++it) {
        kit.button(it->first, it->second, it == buttons.rbegin() ? Role::Primary : Role::Secondary,
                   Rect{x, bar.y + kit.gap(), width, kit.touch()});
        x -= width + kit.gap();
    }
    return kit.finish();
}

} // namespace helder::ui
