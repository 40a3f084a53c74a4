#include "ui/Intent.hpp"

#include "core/Digits.hpp"
#include "text/TextEditing.hpp"
#include "ui/DateChoice.hpp"
#include "ui/OnScreenKeyboard.hpp"
#include "ui/StepKey.hpp"

#include <charconv>

namespace helder::ui {
namespace {

using namespace core::action;

std::optional<std::size_t> index(std::string_view text)
{
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
        return std::nullopt;
    }
    return value;
}

Intent act(core::Action action)
{
    return Intent{std::move(action), std::nullopt};
}

Intent ui(UiAction action)
{
    return Intent{std::nullopt, std::move(action)};
}

Intent sound(SoundCommand command)
{
    return Intent{std::nullopt, std::nullopt, command};
}

bool typing(const core::Session& session)
{
    return session.screen == core::Screen::Question && session.dialog == core::Dialog::None;
}

// "date/day/30", "date/month/7", "date/decade/1980", "date/year/1985", "date/tab/month".
Intent datePick(std::string_view rest, const IntentContext& context)
{
    const auto slash = rest.find('/');
    if (slash == std::string_view::npos || !typing(context.session)) {
        return {};
    }
    const std::string_view part = rest.substr(0, slash);
    const std::string_view value = rest.substr(slash + 1);
    if (part == "tab") {
        const DatePart shown = value == "month" ? DatePart::Month : value == "year" ? DatePart::Year : DatePart::Day;
        return ui(uiaction::ShowDatePart{shown});
    }
    const auto number = index(value);
    if (!number || *number > 9999) {
        return {};
    }
    const int picked = static_cast<int>(*number);
    uiaction::PickDate pick;
    if (part == "day" && picked >= 1 && picked <= 31) {
        pick = uiaction::PickDate{DatePart::Day, picked, false};
    } else if (part == "month" && picked >= 1 && picked <= 12) {
        pick = uiaction::PickDate{DatePart::Month, picked, false};
    } else if (part == "decade" || part == "year") {
        pick = uiaction::PickDate{DatePart::Year, picked, part == "decade"};
    } else {
        return {};
    }
    Intent intent = ui(pick);
    const DateChoice choice = currentDate(applyUiAction(context.ui, pick), context.session.draft);
    if (choice.complete()) {
        intent.action = SetDraft{typedDate(choice)};
    }
    return intent;
}

} // namespace

Intent intentFor(std::string_view id, const IntentContext& context)
{
    auto suffix = [id](std::string_view prefix) -> std::optional<std::string_view> {
        if (id.starts_with(prefix)) {
            return id.substr(prefix.size());
        }
        return std::nullopt;
    };

    if (auto code = suffix("lang/")) {
        return Intent{ChooseLanguage{std::string(*code)}, uiaction::CloseOverlay{}};
    }
    if (auto form = suffix("form/")) {
        return act(ChooseForm{std::string(*form), context.newSessionCode});
    }
    if (auto language = suffix("formlang/")) {
        return act(ChooseFormLanguage{std::string(*language)});
    }
    if (auto option = suffix("choice/")) {
        return act(ChooseOption{std::string(*option)});
    }
    if (auto member = suffix("member/edit/"); member && index(*member)) {
        return act(EditMember{*index(*member)});
    }
    if (auto member = suffix("member/remove/"); member && index(*member)) {
        return ui(uiaction::AskRemoveMember{*index(*member)});
    }
    if (id == "dialog/remove_yes") {
        return context.ui.confirmRemove ? Intent{RemoveMember{*context.ui.confirmRemove}, uiaction::CloseOverlay{}}
                                        : Intent{};
    }
    if (auto rest = suffix("date/")) {
        return datePick(*rest, context);
    }
    if (id.starts_with("geez/consonant/")) {
        return longPress(id, context);
    }
    if (auto key = suffix("review/change/")) {
        if (auto step = parseStepKey(*key)) {
            return act(ChangeAnswer{std::move(*step)});
        }
        return {};
    }
    if (auto page = suffix("review/page/"); page && index(*page)) {
        return ui(uiaction::ShowReviewPage{*index(*page)});
    }
    if (id.starts_with("key/")) {
        if (id == "key/shift") {
            return ui(uiaction::ToggleShift{});
        }
        if (id == "key/symbols") {
            return ui(uiaction::ToggleSymbols{});
        }
        if (id == "key/latin") {
            return ui(uiaction::ToggleLatin{});
        }
        if (id == "key/pick_close") {
            return ui(uiaction::CloseOverlay{});
        }
        if (id == "key/backspace") {
            return deleteBackward(context);
        }
        return typeText(typedBy(id), context);
    }

    // Plain buttons: a table, not a chain of ifs.
    struct Entry {
        std::string_view id;
        Intent intent;
    };
    const Entry table[] = {
        {"top/language", ui(uiaction::OpenLanguagePicker{})},
        {"top/text_size", ui(uiaction::CycleTextSize{})},
        {"top/contrast", ui(uiaction::ToggleContrast{})},
        {"top/start_again", act(AskStartAgain{})},
        {"picker/close", ui(uiaction::CloseOverlay{})},
        {"help/close", ui(uiaction::CloseOverlay{})},
        {"question/help", ui(uiaction::ToggleHelp{})},
        {"sound/read", sound(SoundCommand::Read)},
        {"sound/stop", sound(SoundCommand::Stop)},
        {"sound/louder", sound(SoundCommand::Louder)},
        {"sound/softer", sound(SoundCommand::Softer)},
        {"nav/start", act(BeginQuestions{})},
        {"nav/back", act(Back{})},
        {"nav/next", act(Next{})},
        {"nav/dont_know", act(DontKnow{})},
        {"answer/yes", act(ChooseOption{"yes"})},
        {"answer/no", act(ChooseOption{"no"})},
        {"answer/keep", act(KeepAsTyped{})},
        {"member/add", act(AddMember{})},
        {"review/print", act(Print{})},
        {"print/retry", act(RetryPrint{})},
        {"done/print_again", act(PrintAgain{})},
        {"done/yes", act(Finish{})},
        {"dialog/start_again_yes", act(ConfirmStartAgain{})},
        {"dialog/start_again_no", act(CloseDialog{})},
        {"dialog/more_time", act(ExtendTime{})},
        {"dialog/remove_no", ui(uiaction::CloseOverlay{})},
    };
    for (const Entry& entry : table) {
        if (entry.id == id) {
            return entry.intent;
        }
    }
    return {};
}

Intent intentAt(const ScreenDescription& screen, float x, float y, const IntentContext& context)
{
    const Widget* widget = screen.widgetAt(x, y);
    return widget ? intentFor(widget->id, context) : Intent{};
}

Intent typeText(std::string_view typed, const IntentContext& context)
{
    if (typed.empty() || !typing(context.session)) {
        return {};
    }
    Intent intent = act(SetDraft{context.session.draft + core::normaliseDigits(typed)});
    if (context.ui.shift || !context.ui.longPressKey.empty()) {
        intent.ui = uiaction::AfterTyping{};
    }
    return intent;
}

Intent longPress(std::string_view keyId, const IntentContext& context)
{
    if (!typing(context.session)) {
        return {};
    }
    return ui(uiaction::OpenLongPress{std::string(keyId)});
}

Intent deleteBackward(const IntentContext& context)
{
    if (context.session.draft.empty() || !typing(context.session)) {
        return {};
    }
    return act(SetDraft{text::deleteBackward(context.session.draft, context.session.draft.size()).text});
}

} // namespace helder::ui
