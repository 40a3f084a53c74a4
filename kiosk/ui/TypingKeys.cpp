#include "ui/TypingKeys.hpp"

#include "ui/KeyLabel.hpp"
#include "ui/KeyboardSet.hpp"

#include <algorithm>
#include <variant>

namespace helder::ui {
namespace {

KeyCap special(std::string id, std::string label, std::string icon, float width)
{
    return KeyCap{std::move(id), std::move(label), std::move(icon), width, {}};
}

KeyCap character(const std::string& typed)
{
    return KeyCap{std::string(characterKeyPrefix) + typed, keyLabel(typed), {}, 1.0F, {}};
}

float units(const std::vector<KeyCap>& row)
{
    float total = 0.0F;
    for (const KeyCap& key : row) {
        total += key.width;
    }
    return total;
}

// The first few letters of a keyboard: the label of the key that switches back to it.
std::string sample(const keyboards::Keyboard& keyboard)
{
    std::string text;
    if (const auto* geez = std::get_if<keyboards::GeezPicker>(&keyboard)) {
        for (std::size_t i = 0; i < geez->consonants.size() && i < 3; ++i) {
            text += geez->consonants[i].orders[0];
        }
        return text;
    }
    const auto& layout = std::get<keyboards::Layout>(keyboard);
    int taken = 0;
    for (const keyboards::Key& key : layout.rows.size() > 1 ? layout.rows[1] : layout.rows.front()) {
        if (taken == 3) {
            break;
        }
        text += key.base;
        ++taken;
    }
    return text;
}

// The symbols page: digits, accents and signs of the built-in Latin keys.
KeyRows symbolRows(bool shift, const std::string& latinSwitch)
{
    KeyRows rows = latinKeys(shift, true);
    rows.pop_back();
    rows.push_back(bottomRow(true, latinSwitch));
    return rows;
}

KeyRows ibanKeys(bool letters)
{
    if (letters) {
        return latinKeys(true, false); // capitals for the country code; its "123" key comes back
    }
    KeyRows rows = numericKeys(core::QuestionType::Number);
    rows.back().front() = special("key/symbols", "ABC", {}, 1.0F);
    return rows;
}

} // namespace

bool isLatinLayout(const keyboards::Layout& layout)
{
    for (const auto& row : layout.rows) {
        for (const keyboards::Key& key : row) {
            if (key.base.size() == 1 && key.base[0] >= 'a' && key.base[0] <= 'z') {
                return true;
            }
        }
    }
    return false;
}

std::vector<KeyCap> bottomRow(bool symbols, const std::string& latinSwitch)
{
    std::vector<KeyCap> row{special("key/symbols", symbols ? "abc" : "123", {}, 1.5F)};
    if (latinSwitch.empty()) {
        row.push_back(character("'"));
        row.push_back(character("@"));
    } else {
        row.push_back(special("key/latin", latinSwitch, {}, 1.5F));
    }
    row.push_back(special("key/space", {}, "space_bar", 4.0F));
    row.push_back(character("."));
    row.push_back(character("-"));
    return row;
}

KeyRows layoutRows(const keyboards::Layout& layout, bool shift, bool numberRow, const std::string& latinSwitch,
                   bool symbols, std::size_t maxUnits)
{
    if (symbols) {
        return symbolRows(shift, latinSwitch);
    }
    KeyRows rows;
    for (std::size_t r = numberRow ? 0 : 1; r < layout.rows.size(); ++r) {
        std::vector<KeyCap> row;
        for (const keyboards::Key& key : layout.rows[r]) {
            const std::string& typed = shift && !key.shift.empty() ? key.shift : key.base;
            KeyCap cap = character(typed);
            cap.longPress = shift ? key.shiftLongPress : key.longPress;
            row.push_back(std::move(cap));
        }
        if (!row.empty()) {
            rows.push_back(std::move(row));
        }
    }
    if (rows.empty()) {
        return latinKeys(shift, false);
    }
    const KeyCap backspace = special("key/backspace", {}, "backspace", 1.5F);
    const KeyCap shiftKey = special("key/shift", {}, "keyboard_capslock", 1.5F);
    const auto limit = static_cast<float>(maxUnits);
    const bool fits = std::ranges::all_of(rows, [&](const auto& row) { return units(row) + 3.0F <= limit; });
    if (fits) {
        // The physical rows: backspace ends the top row, shift starts the bottom one.
        rows.front().push_back(backspace);
        rows.back().insert(rows.back().begin(), shiftKey);
    } else {
        // Poured into rows of `maxUnits` keys, in the layout's order; the last row leaves room
        // for shift and backspace.
        std::vector<KeyCap> keys;
        for (auto& row : rows) {
            std::ranges::move(row, std::back_inserter(keys));
        }
        rows.clear();
        const std::size_t perRow = std::max<std::size_t>(4, maxUnits);
        std::size_t at = 0;
        while (keys.size() - at > perRow - 3) {
            const std::size_t take = std::min(perRow, keys.size() - at);
            rows.emplace_back(keys.begin() + static_cast<std::ptrdiff_t>(at),
                              keys.begin() + static_cast<std::ptrdiff_t>(at + take));
            at += take;
        }
        std::vector<KeyCap> last{shiftKey};
        last.insert(last.end(), keys.begin() + static_cast<std::ptrdiff_t>(at), keys.end());
        last.push_back(backspace);
        rows.push_back(std::move(last));
    }
    rows.push_back(bottomRow(false, latinSwitch));
    return rows;
}

KeyRows geezRows(const keyboards::GeezPicker& picker, const std::string& latinSwitch, std::size_t maxUnits)
{
    KeyRows rows;
    const std::size_t count = picker.consonants.size();
    const std::size_t perRowMax = std::max<std::size_t>(4, maxUnits);
    const std::size_t rowCount = (count + perRowMax - 1) / perRowMax;
    // Rows of nearly equal length rather than a short last one.
    const std::size_t perRow = rowCount == 0 ? 0 : (count + rowCount - 1) / rowCount;
    for (std::size_t i = 0; i < count; ++i) {
        if (i % perRow == 0) {
            rows.emplace_back();
        }
        const keyboards::GeezConsonant& consonant = picker.consonants[i];
        KeyCap cap = special("geez/consonant/" + std::to_string(i), consonant.orders[0], {}, 1.0F);
        cap.longPress.assign(consonant.orders.begin(), consonant.orders.end());
        cap.longPress.insert(cap.longPress.end(), consonant.labialised.begin(), consonant.labialised.end());
        rows.back().push_back(std::move(cap));
    }
    std::vector<KeyCap> bottom;
    if (!latinSwitch.empty()) {
        bottom.push_back(special("key/latin", latinSwitch, {}, 1.5F));
    }
    bottom.push_back(special("key/space", {}, "space_bar", 3.0F));
    // The word space and full stop come first in the block; as many as the row has room for.
    const float room = static_cast<float>(perRowMax) - units(bottom) - 1.5F;
    for (std::size_t i = 0; i < picker.punctuation.size() && static_cast<float>(i) + 1.0F <= std::min(room, 4.0F); ++i) {
        bottom.push_back(character(picker.punctuation[i]));
    }
    bottom.push_back(special("key/backspace", {}, "backspace", 1.5F));
    rows.push_back(std::move(bottom));
    return rows;
}

TypingKeys typingKeys(const core::Question& question, const ScreenInput& input, std::size_t maxUnits)
{
    const UiState& ui = input.ui;
    if (question.type == core::QuestionType::Iban) {
        return TypingKeys{ibanKeys(ui.symbols), "en", {}};
    }
    if (keyboardFor(question.type) == KeyboardKind::Numeric) {
        return TypingKeys{numericKeys(question.type), "en", {}};
    }
    const std::string& code = input.session.interfaceLanguage;
    const i18n::Language* language = input.languages.find(code);
    const keyboards::Keyboard* own
        = input.keyboards && language ? input.keyboards->find(language->keyboard) : nullptr;
    const auto* ownLayout = own ? std::get_if<keyboards::Layout>(own) : nullptr;
    const bool ownIsLatin = ownLayout && isLatinLayout(*ownLayout);
    const bool ownScriptAllowed = core::isFreeText(question.type) && !question.latinOnly;
    const bool canSwitch = own && !ownIsLatin && ownScriptAllowed;

    if (canSwitch && !ui.latin) {
        const std::string toLatin = "ABC";
        if (const auto* geez = std::get_if<keyboards::GeezPicker>(own)) {
            return TypingKeys{geezRows(*geez, toLatin, maxUnits), code, toLatin};
        }
        return TypingKeys{layoutRows(*ownLayout, ui.shift, true, toLatin, ui.symbols, maxUnits), code, toLatin};
    }
    const std::string back = canSwitch ? sample(*own) : std::string();
    const keyboards::Keyboard* latin
        = ownIsLatin ? own : (input.keyboards ? input.keyboards->find(latinFallbackKeyboard) : nullptr);
    const auto* latinLayout = latin ? std::get_if<keyboards::Layout>(latin) : nullptr;
    if (!latinLayout) {
        KeyRows rows = latinKeys(ui.shift, ui.symbols);
        rows.back() = bottomRow(ui.symbols, back);
        return TypingKeys{std::move(rows), "en", back};
    }
    // Free text in a Latin-script language keeps its top row (é è ç à on AZERTY); names and
    // addresses find digits and accents on the symbols page, which leaves room for the question.
    return TypingKeys{layoutRows(*latinLayout, ui.shift, ownScriptAllowed, back, ui.symbols, maxUnits),
                      ownIsLatin ? code : std::string("en"), back};
}

} // namespace helder::ui
