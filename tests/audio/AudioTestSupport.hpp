#pragma once
// What the audio tests share: OpenAL's quiet null backend, stderr caught in a file, a WAV
// written by the test, and an output that records what it was asked to play.

#include "audio/AudioOutput.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace helder::audio::test {

// Before anything touches OpenAL: it reads its configuration once per process.
inline void useNullAudioBackend()
{
    ::setenv("ALSOFT_DRIVERS", "null", 1);
}

// Everything written to file descriptor 2 while this lives, libraries' own output included.
class StderrCapture {
public:
    StderrCapture()
    {
        std::fflush(stderr);
        m_file = std::tmpfile();
        REQUIRE(m_file);
        m_saved = ::dup(STDERR_FILENO);
        ::dup2(::fileno(m_file), STDERR_FILENO);
    }
    ~StderrCapture() { restore(); }
    StderrCapture(const StderrCapture&) = delete;
    StderrCapture& operator=(const StderrCapture&) = delete;

    std::string finish()
    {
        restore();
        std::string text;
        std::rewind(m_file);
        char buffer[4096];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, m_file)) > 0;) {
            text.append(buffer, n);
        }
        return text;
    }

private:
    void restore()
    {
        if (m_saved >= 0) {
            std::fflush(stderr);
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
            m_saved = -1;
        }
    }

    std::FILE* m_file = nullptr;
    int m_saved = -1;
};

// A 16-bit mono WAV of `seconds` of a 440 Hz square-ish tone.
inline void writeWav(const std::filesystem::path& file, double seconds, unsigned rate = 22050)
{
    const auto count = static_cast<std::uint32_t>(seconds * rate);
    std::ofstream out(file, std::ios::binary);
    auto u32 = [&out](std::uint32_t v) {
        for (int i = 0; i < 4; ++i) {
            out.put(static_cast<char>((v >> (8 * i)) & 0xFF));
        }
    };
    auto u16 = [&out](std::uint16_t v) {
        out.put(static_cast<char>(v & 0xFF));
        out.put(static_cast<char>(v >> 8));
    };
    out.write("RIFF", 4);
    u32(36 + count * 2);
    out.write("WAVEfmt ", 8);
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    out.write("data", 4);
    u32(count * 2);
    for (std::uint32_t i = 0; i < count; ++i) {
        u16((i / 25) % 2 == 0 ? 8000 : static_cast<std::uint16_t>(-8000));
    }
}

struct RecordingOutput final : AudioOutput {
    std::vector<Pcm> played;
    std::vector<std::filesystem::path> files;
    int stops = 0;
    float volume = -1.0F;
    bool isPlaying = false;

    bool play(const Pcm& pcm) override
    {
        played.push_back(pcm);
        isPlaying = true;
        return true;
    }
    bool playFile(const std::filesystem::path& file) override
    {
        files.push_back(file);
        isPlaying = true;
        return true;
    }
    void stop() override
    {
        ++stops;
        isPlaying = false;
    }
    bool playing() const override { return isPlaying; }
    void setVolume(float v) override { volume = v; }
};

} // namespace helder::audio::test
