#include "ui/Theme.hpp"

namespace helder::ui {
namespace {

constexpr Color rgb(std::uint8_t r, std::uint8_t g, std::uint8_t b, std::uint8_t a = 255)
{
    return Color{r, g, b, a};
}

RoleColors standardColors(Role role)
{
    const Color ink = rgb(0x1A, 0x1A, 0x1A);
    const Color grey = rgb(0x4A, 0x4A, 0x4A);
    const Color blue = rgb(0x0B, 0x5C, 0xAD);
    const Color white = rgb(0xFF, 0xFF, 0xFF);
    switch (role) {
    case Role::Screen: return {rgb(0xF7, 0xF5, 0xF0), rgb(0xF7, 0xF5, 0xF0), ink, grey};
    case Role::Bar: return {rgb(0xE6, 0xE1, 0xD6), rgb(0xE6, 0xE1, 0xD6), ink, grey};
    case Role::Primary: return {blue, rgb(0x08, 0x45, 0x82), white, white};
    case Role::Secondary: return {white, blue, rgb(0x0A, 0x3E, 0x75), grey};
    case Role::Card: return {white, rgb(0xB8, 0xB2, 0xA6), ink, grey};
    case Role::Selected: return {rgb(0xDC, 0xEB, 0xFA), blue, ink, grey};
    case Role::Field: return {white, rgb(0x33, 0x33, 0x33), ink, grey};
    case Role::Key: return {white, rgb(0xB8, 0xB2, 0xA6), ink, grey};
    case Role::Badge: return {rgb(0x8A, 0x4B, 0x00), rgb(0x8A, 0x4B, 0x00), white, white};
    case Role::Problem: return {rgb(0xFD, 0xEC, 0xEC), rgb(0xA4, 0x00, 0x0F), rgb(0x8A, 0x00, 0x0C), ink};
    case Role::Hint: return {rgb(0xE8, 0xF4, 0xE4), rgb(0x2E, 0x6B, 0x1F), rgb(0x1E, 0x4D, 0x12), ink};
    case Role::Dialog: return {white, blue, ink, grey};
    case Role::Backdrop: return {rgb(0, 0, 0, 0x99), rgb(0, 0, 0, 0), white, white};
    }
    return {white, white, ink, grey};
}

RoleColors contrastColors(Role role)
{
    const Color black = rgb(0, 0, 0);
    const Color white = rgb(0xFF, 0xFF, 0xFF);
    const Color yellow = rgb(0xFF, 0xE6, 0x00);
    switch (role) {
    case Role::Screen:
    case Role::Bar: return {black, white, white, white};
    case Role::Primary: return {yellow, yellow, black, black};
    case Role::Secondary:
    case Role::Card:
    case Role::Key:
    case Role::Field:
    case Role::Dialog: return {black, white, white, white};
    case Role::Selected: return {white, yellow, black, black};
    case Role::Badge: return {yellow, yellow, black, black};
    case Role::Problem: return {black, rgb(0xFF, 0x8C, 0x8C), rgb(0xFF, 0xB3, 0xB3), white};
    case Role::Hint: return {black, rgb(0x9C, 0xFF, 0x8C), rgb(0xC8, 0xFF, 0xBE), white};
    case Role::Backdrop: return {rgb(0, 0, 0, 0xCC), rgb(0, 0, 0, 0), white, white};
    }
    return {black, white, white, white};
}

} // namespace

RoleColors Theme::colors(Role role) const
{
    return highContrast ? contrastColors(role) : standardColors(role);
}

Color Theme::caret() const
{
    return highContrast ? rgb(0xFF, 0xE6, 0x00) : rgb(0x0B, 0x5C, 0xAD);
}

Theme Theme::standard()
{
    return Theme{false, 4.5};
}

Theme Theme::contrast()
{
    return Theme{true, 7.0};
}

} // namespace helder::ui
