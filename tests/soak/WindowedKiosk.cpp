#include "WindowedKiosk.hpp"

#include <SFML/System/String.hpp>
#include <SFML/Window/Event.hpp>

#include <thread>
#include <variant>

namespace helder::soak {

void WindowedKiosk::key(char32_t character)
{
    sf::Event event{};
    event.type = sf::Event::TextEntered;
    event.text.unicode = static_cast<sf::Uint32>(character);
    m_kiosk.handleEvent(event);
}

void WindowedKiosk::type(const std::string& text)
{
    // Clear what is there, then type the text one character at a time.
    for (std::size_t guard = m_kiosk.session().draft.size(); !m_kiosk.session().draft.empty() && guard > 0; --guard) {
        key(U'\b');
    }
    for (const sf::Uint32 character : sf::String::fromUtf8(text.begin(), text.end())) {
        key(static_cast<char32_t>(character));
    }
    if (m_kiosk.session().draft != text) {
        // A date or a number kept to its own characters: set as a picker or the keyboard's
        // choices would set it.
        ++m_pickedInstead;
        m_kiosk.apply(core::action::SetDraft{text});
    }
}

void WindowedKiosk::act(const core::Action& action)
{
    const bool typing = m_kiosk.session().screen == core::Screen::Question
                        && m_kiosk.session().dialog == core::Dialog::None;
    if (const auto* draft = std::get_if<core::action::SetDraft>(&action); draft && typing) {
        type(draft->text);
    } else if (std::holds_alternative<core::action::Next>(action) && typing) {
        key(U'\r');
    } else {
        m_kiosk.apply(action);
    }
    m_kiosk.frame();
}

void WindowedKiosk::elapse(std::int64_t milliseconds)
{
    m_kiosk.advanceClock(std::chrono::milliseconds(milliseconds));
    m_kiosk.frame();
}

bool WindowedKiosk::awaitPrinter(std::chrono::milliseconds patience)
{
    const auto deadline = std::chrono::steady_clock::now() + patience;
    while (std::chrono::steady_clock::now() < deadline) {
        m_kiosk.frame();
        if (m_kiosk.session().screen != core::Screen::Printing) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

bool WindowedKiosk::awaitIdleWorker(std::chrono::milliseconds patience)
{
    const auto deadline = std::chrono::steady_clock::now() + patience;
    while (m_kiosk.printerBusy() && std::chrono::steady_clock::now() < deadline) {
        m_kiosk.frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    m_kiosk.frame();
    return !m_kiosk.printerBusy();
}

} // namespace helder::soak
