#include "ui/OnScreenKeyboard.hpp"

#include <array>
#include <utility>

namespace helder::ui {
namespace {

KeyCap character(std::string text)
{
    return KeyCap{std::string(characterKeyPrefix) + text, text, {}, 1.0F, {}};
}

std::vector<KeyCap> row(std::string_view characters, bool shift)
{
    std::vector<KeyCap> keys;
    for (char c : characters) {
        const char shown = shift && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        keys.push_back(character(std::string(1, shown)));
    }
    return keys;
}

} // namespace

KeyboardKind keyboardFor(core::QuestionType type)
{
    switch (type) {
    case core::QuestionType::Number:
    case core::QuestionType::Money:
    case core::QuestionType::Date:
    case core::QuestionType::NationalRegisterNumber:
    case core::QuestionType::Postcode:
    case core::QuestionType::Phone: return KeyboardKind::Numeric;
    default: return KeyboardKind::Latin;
    }
}

KeyRows latinKeys(bool shift, bool symbols)
{
    KeyRows rows;
    if (symbols) {
        rows.push_back(row("1234567890", false));
        // The accents of Belgian, French, German and Spanish names and street names.
        constexpr std::array<std::pair<const char*, const char*>, 10> accents{{{"é", "É"}, {"è", "È"}, {"ë", "Ë"},
            {"ê", "Ê"}, {"à", "À"}, {"ç", "Ç"}, {"ö", "Ö"}, {"ü", "Ü"}, {"ï", "Ï"}, {"ñ", "Ñ"}}};
        std::vector<KeyCap> accented;
        for (const auto& [lower, upper] : accents) {
            accented.push_back(character(shift ? upper : lower));
        }
        rows.push_back(std::move(accented));
    } else {
        rows.push_back(row("qwertyuiop", shift));
        rows.push_back(row("asdfghjkl", shift));
    }
    std::vector<KeyCap> third{KeyCap{"key/shift", {}, "keyboard_capslock", 1.5F, {}}};
    for (KeyCap& key : row(symbols ? "/&()+,;" : "zxcvbnm", shift)) {
        third.push_back(std::move(key));
    }
    third.push_back(KeyCap{"key/backspace", {}, "backspace", 1.5F, {}});
    rows.push_back(std::move(third));
    rows.push_back({KeyCap{"key/symbols", symbols ? "abc" : "123", {}, 1.5F, {}}, character("'"), character("@"),
                    KeyCap{"key/space", {}, "space_bar", 4.0F, {}}, character("."), character("-")});
    return rows;
}

KeyRows numericKeys(core::QuestionType type)
{
    KeyRows rows{row("123", false), row("456", false), row("789", false)};
    std::vector<KeyCap> bottom;
    switch (type) {
    case core::QuestionType::Money:
    case core::QuestionType::Number: bottom.push_back(character(",")); break;
    case core::QuestionType::Date: bottom.push_back(character("/")); break;
    case core::QuestionType::Phone: bottom.push_back(character("+")); break;
    default: bottom.push_back(KeyCap{}); break; // an empty place keeps 0 under 8
    }
    bottom.push_back(character("0"));
    bottom.push_back(KeyCap{"key/backspace", {}, "backspace", 1.0F, {}});
    rows.push_back(std::move(bottom));
    return rows;
}

std::string typedBy(std::string_view keyId)
{
    if (keyId.starts_with(characterKeyPrefix)) {
        return std::string(keyId.substr(characterKeyPrefix.size()));
    }
    if (keyId.starts_with(choiceKeyPrefix)) {
        return std::string(keyId.substr(choiceKeyPrefix.size()));
    }
    return keyId == "key/space" ? std::string(" ") : std::string();
}

} // namespace helder::ui
