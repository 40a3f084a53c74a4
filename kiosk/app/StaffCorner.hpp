#pragma once
// The hidden way into staff mode: a press held for 3 seconds on a fixed corner of the screen
// (DESIGN §7). Pure: the app says where the press is and what time it is; it wakes itself at
// due() so that the press fires while the finger is still down.

#include <cstdint>
#include <optional>

namespace helder::app {

class StaffCorner {
public:
    static constexpr std::int64_t holdMs = 3'000;

    // A finger or button went down; `inCorner`: on the hidden corner, where nothing else is.
    void press(bool inCorner, std::int64_t now);
    // It moved: leaving the corner cancels.
    void move(bool inCorner);
    void release() { m_since.reset(); }

    // When the press will have been held long enough; nullopt when none is under way.
    [[nodiscard]] std::optional<std::int64_t> due() const;
    // True once, when the press has been held long enough; then it is spent until the next press.
    [[nodiscard]] bool fire(std::int64_t now);

private:
    std::optional<std::int64_t> m_since;
};

} // namespace helder::app
