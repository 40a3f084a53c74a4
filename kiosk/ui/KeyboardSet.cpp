#include "ui/KeyboardSet.hpp"

namespace helder::ui {

KeyboardSet KeyboardSet::load(const std::filesystem::path& root, const i18n::LanguageList& languages)
{
    KeyboardSet set;
    auto read = [&set, &root](std::string_view name) {
        if (name.empty() || set.find(name)) {
            return;
        }
        auto keyboard = keyboards::loadKeyboard(root, name);
        if (keyboard) {
            set.add(std::string(name), std::move(*keyboard));
        } else {
            set.m_problems.push_back(std::move(keyboard.error()));
        }
    };
    for (const i18n::Language& language : languages.languages()) {
        read(language.keyboard);
    }
    read(latinFallbackKeyboard);
    return set;
}

void KeyboardSet::add(std::string name, keyboards::Keyboard keyboard)
{
    m_keyboards.insert_or_assign(std::move(name), std::move(keyboard));
}

const keyboards::Keyboard* KeyboardSet::find(std::string_view name) const
{
    const auto found = m_keyboards.find(name);
    return found == m_keyboards.end() ? nullptr : &found->second;
}

} // namespace helder::ui
