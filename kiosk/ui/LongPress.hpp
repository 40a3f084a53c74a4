#pragma once
// A key held down: a key with long-press choices (Polish ą, Romanian ș) types on release, or
// opens its choices once it has been held for `delayMs`. Time comes in from the event loop's
// clock, so the loop can sleep until due() and tests can drive it without waiting.

#include <cstdint>
#include <optional>
#include <string>

namespace helder::ui {

class LongPress {
public:
    static constexpr std::int64_t delayMs = 500;

    void press(std::string keyId, std::int64_t now);
    // The key whose choices open now (once per press); nullopt when none is due.
    [[nodiscard]] std::optional<std::string> fire(std::int64_t now);
    // The key to type: a press released before its choices opened; nullopt otherwise.
    [[nodiscard]] std::optional<std::string> release();
    // When fire() will return a key; nullopt while no key is held.
    [[nodiscard]] std::optional<std::int64_t> due() const;

private:
    std::string m_key;
    std::int64_t m_pressedAt = 0;
    bool m_fired = false;
};

} // namespace helder::ui
