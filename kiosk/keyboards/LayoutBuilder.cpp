#include "keyboards/LayoutBuilder.hpp"

#include "keyboards/DeadKeys.hpp"
#include "core/Utf8.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace helder::keyboards {

namespace {

// Accented letters offered for dead keys: Latin-1 Supplement and Latin Extended-A, which hold the
// letters of the European languages the kiosk serves; rarer compositions (ẑ, ṕ) only crowd a
// long-press menu.
constexpr UChar32 firstAccentedLatin = 0x00C0;
constexpr UChar32 lastAccentedLatin = 0x017F;

std::vector<std::string> rowKeyNames(std::string_view leading, std::string_view prefix, int count,
                                     std::string_view trailing)
{
    std::vector<std::string> names;
    if (!leading.empty())
        names.emplace_back(leading);
    for (int number = 1; number <= count; ++number) {
        std::string name(prefix);
        name += static_cast<char>('0' + number / 10);
        name += static_cast<char>('0' + number % 10);
        names.push_back(std::move(name));
    }
    if (!trailing.empty())
        names.emplace_back(trailing);
    return names;
}

const std::array<std::vector<std::string>, 4>& rowLayout()
{
    static const std::array<std::vector<std::string>, 4> rows{
        rowKeyNames("TLDE", "AE", 12, ""),
        rowKeyNames("", "AD", 12, ""),
        rowKeyNames("", "AC", 11, "BKSL"),
        rowKeyNames("LSGT", "AB", 10, ""),
    };
    return rows;
}

// The accents of the dead keys on plain and Shift levels, in row order, each once.
std::vector<char32_t> deadMarks(const XkbKeyMap& keys)
{
    std::vector<char32_t> marks;
    for (const auto& row : rowLayout()) {
        for (const auto& name : row) {
            const auto found = keys.find(name);
            if (found == keys.end())
                continue;
            for (std::size_t level = 0; level < 2; ++level) {
                const auto mark = deadKeyMark(found->second[level]);
                if (mark && std::ranges::find(marks, *mark) == marks.end())
                    marks.push_back(*mark);
            }
        }
    }
    return marks;
}

class ChoiceList {
public:
    ChoiceList(std::string base, std::string shift) : m_base(std::move(base)), m_shift(std::move(shift)) {}

    void add(const std::string& choice)
    {
        if (choice.empty() || choice == m_base || choice == m_shift
            || std::ranges::find(m_choices, choice) != m_choices.end())
            return;
        m_choices.push_back(choice);
    }

    std::vector<std::string> take() { return std::move(m_choices); }

private:
    std::string m_base;
    std::string m_shift;
    std::vector<std::string> m_choices;
};

std::vector<std::string> longPressChoices(const Key& key, std::optional<char32_t> character,
                                          std::optional<char32_t> altGrCharacter, const LongPressTable& extras,
                                          const std::vector<char32_t>& marks)
{
    ChoiceList choices(key.base, key.shift);
    // Format controls (bidi isolates on Arabic AltGr+Shift) have no visible label to pick from.
    if (altGrCharacter && u_charType(static_cast<UChar32>(*altGrCharacter)) != U_FORMAT_CHAR)
        choices.add(core::encodeUtf8(*altGrCharacter));
    if (!character)
        return choices.take();
    if (const auto extra = extras.find(core::encodeUtf8(*character)); extra != extras.end())
        for (const auto& choice : extra->second)
            choices.add(choice);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status)) {
        for (const char32_t mark : marks) {
            const UChar32 composed = nfc->composePair(static_cast<UChar32>(*character), static_cast<UChar32>(mark));
            if (composed >= firstAccentedLatin && composed <= lastAccentedLatin)
                choices.add(core::encodeUtf8(static_cast<char32_t>(composed)));
        }
    }
    return choices.take();
}

} // namespace

Layout buildLayout(const XkbKeyMap& keys, const KeysymTable& keysyms, const LongPressTable& extras,
                   std::string source)
{
    Layout layout;
    layout.source = std::move(source);
    const std::vector<char32_t> marks = deadMarks(keys);
    for (const auto& rowNames : rowLayout()) {
        std::vector<Key> row;
        for (const auto& name : rowNames) {
            const auto found = keys.find(name);
            if (found == keys.end())
                continue;
            std::array<std::optional<char32_t>, 4> characters;
            for (std::size_t level = 0; level < characters.size(); ++level)
                characters[level] = keysyms.character(found->second[level]);
            if (!characters[0]) {
                characters[0] = characters[1];
                characters[1].reset();
            }
            if (!characters[0])
                continue;
            Key key;
            key.id = name;
            key.base = core::encodeUtf8(*characters[0]);
            if (characters[1])
                key.shift = core::encodeUtf8(*characters[1]);
            key.longPress = longPressChoices(key, characters[0], characters[2], extras, marks);
            key.shiftLongPress = longPressChoices(key, characters[1], characters[3], extras, marks);
            row.push_back(std::move(key));
        }
        if (!row.empty())
            layout.rows.push_back(std::move(row));
    }
    return layout;
}

} // namespace helder::keyboards
