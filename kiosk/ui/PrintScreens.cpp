// Printing, a printer fault, done (DESIGN §2, steps 6–7).

#include "ui/Screens.hpp"

namespace helder::ui {
namespace {

// A large pictogram above centred lines of text, in the middle of the content area.
float centredMessage(ScreenKit& kit, std::string_view icon, std::initializer_list<std::pair<const char*, std::string>> lines)
{
    Rect area = kit.content();
    const float iconSize = kit.body() * 3.5F;
    Widget& pictogram = kit.add("message/icon", WidgetKind::Label, Role::Screen,
                                Rect{area.x, area.y + kit.gap() * 2.0F, area.width, iconSize * 1.2F});
    kit.addIcon(pictogram, icon, pictogram.rect, iconSize);
    area.y = pictogram.rect.bottom() + kit.gap();
    bool first = true;
    for (const auto& [id, textValue] : lines) {
        const TextStyle style{first ? kit.title() : kit.body(), first ? text::Weight::Bold : text::Weight::Regular,
                              TextAlign::Center, false};
        area.y += kit.paragraph(id, textValue, kit.language(), area, style) + kit.gap();
        first = false;
    }
    return area.y;
}

} // namespace

void buildPrinting(ScreenKit& kit)
{
    // Progress: the printout is being made (or an earlier job looked up), then the printer has it.
    const bool sent = kit.input().session.printStage == core::PrintStage::Printing;
    centredMessage(kit, "print",
                   {{sent ? "print/printing" : "print/preparing", kit.tr(sent ? "print.printing" : "print.preparing")}});
}

void buildPrintFault(ScreenKit& kit)
{
    // What went wrong, in words a visitor understands, and always: ask a staff member.
    const std::string& fault = kit.input().session.printFault;
    centredMessage(kit, "report_problem",
                   {{"print/fault", kit.tr(fault.empty() ? "print.fault" : fault)},
                    {"print/answers_safe", kit.tr("print.answers_safe")}});
    navigation(kit, false, "print/retry", kit.tr("print.retry"));
}

void buildDone(ScreenKit& kit)
{
    const float y = centredMessage(kit, "task_alt",
                                   {{"done/title", kit.tr("done.title")}, {"done/take_papers", kit.tr("print.take_papers")}});
    const Rect area = kit.content();
    const float width = std::min(420.0F * kit.scale(), (area.width - kit.gap()) / 2.0F);
    const float left = area.x + (area.width - 2.0F * width - kit.gap()) / 2.0F;
    const float top = y + kit.gap();
    kit.button("done/print_again", kit.tr("done.print_again"), Role::Secondary, Rect{left, top, width, kit.touch()},
               "print");
    kit.button("done/yes", kit.tr("done.yes"), Role::Primary, Rect{left + width + kit.gap(), top, width, kit.touch()},
               "check");
}

} // namespace helder::ui
