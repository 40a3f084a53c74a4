#pragma once
// The harnesses keep libFuzzer's entry point (LLVMFuzzerTestOneInput) so that any engine can drive
// them; StdinDriver.cpp gives them the main() AFL++'s classic mode needs (PLATFORM.md §1).

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace helder::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

inline std::span<const std::byte> asBytes(const std::uint8_t* data, std::size_t size)
{
    return std::as_bytes(std::span(data, size));
}

// Splits one fuzz input into two documents at the first "\n----\n", so a harness can fuzz a pair of
// files (a form and its texts) with one input; the second part is empty without the separator.
inline std::pair<std::string_view, std::string_view> splitPair(std::string_view input)
{
    constexpr std::string_view separator = "\n----\n";
    const auto at = input.find(separator);
    if (at == std::string_view::npos) {
        return {input, {}};
    }
    return {input.substr(0, at), input.substr(at + separator.size())};
}

} // namespace helder::fuzz
