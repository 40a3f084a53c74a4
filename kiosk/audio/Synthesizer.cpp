#include "audio/Synthesizer.hpp"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <system_error>
#include <optional>

namespace helder::audio {
namespace {

// espeak-ng is one engine per process: every call into it holds this lock. It is started once
// and never terminated: espeak-ng 1.51 started again after espeak_ng_Terminate() hangs in
// espeak_ng_Synchronize().
std::mutex& engineMutex()
{
    static std::mutex mutex;
    return mutex;
}

struct Engine {
    std::string dataPath; // as asked for; empty: espeak-ng's own folder
    unsigned sampleRate = 0;
    std::vector<VoiceInfo> voices;
};
std::optional<Engine> g_engine; // guarded by engineMutex()

struct SynthesisSink {
    Pcm* pcm = nullptr;
    const std::atomic<bool>* cancel = nullptr;
};

int collectSamples(short* samples, int count, espeak_EVENT* events)
{
    auto* sink = events ? static_cast<SynthesisSink*>(events->user_data) : nullptr;
    if (!sink) {
        return 0;
    }
    if (samples && count > 0) {
        sink->pcm->samples.insert(sink->pcm->samples.end(), samples, samples + count);
    }
    // A non-zero return asks espeak-ng to stop synthesising.
    return sink->cancel && sink->cancel->load() ? 1 : 0;
}

std::string statusMessage(espeak_ng_STATUS status)
{
    char buffer[512] = {};
    espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
    return buffer;
}

std::string lower(std::string_view text)
{
    std::string result(text);
    std::ranges::transform(result, result.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

std::vector<VoiceInfo> listVoices()
{
    std::vector<VoiceInfo> voices;
    const espeak_VOICE** list = espeak_ListVoices(nullptr);
    for (; list && *list; ++list) {
        const espeak_VOICE& voice = **list;
        VoiceInfo info;
        const std::string_view identifier = voice.identifier ? voice.identifier : "";
        const auto slash = identifier.rfind('/');
        info.id = std::string(slash == std::string_view::npos ? identifier : identifier.substr(slash + 1));
        info.name = voice.name ? voice.name : "";
        // `languages` is a list of (priority byte, language string); the first one is the voice's own.
        if (voice.languages && voice.languages[0] != '\0') {
            info.language = voice.languages + 1;
        }
        voices.push_back(std::move(info));
    }
    return voices;
}

} // namespace

Synthesizer::Synthesizer(unsigned sampleRate, std::vector<VoiceInfo> voices)
    : m_sampleRate(sampleRate), m_voices(std::move(voices))
{
}

std::expected<Synthesizer, std::string> Synthesizer::open(const std::optional<std::filesystem::path>& dataPath)
{
    const std::lock_guard lock(engineMutex());
    const std::string path = dataPath ? dataPath->string() : std::string();
    if (g_engine) {
        if (g_engine->dataPath != path) {
            return std::unexpected("espeak-ng is already running in this process with other data than "
                                   + (path.empty() ? std::string("its own") : path));
        }
        return Synthesizer(g_engine->sampleRate, g_engine->voices);
    }
    std::error_code error;
    // espeak-ng would quietly fall back to its own folder: a folder asked for must be there.
    if (dataPath && !std::filesystem::is_directory(*dataPath, error)) {
        return std::unexpected("espeak-ng has no data folder " + path);
    }
    espeak_ng_InitializePath(dataPath ? path.c_str() : nullptr);
    // With an error context espeak-ng reports a missing data folder to us instead of printing it.
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    espeak_ng_ClearErrorContext(&context);
    if (status != ENS_OK) {
        return std::unexpected("espeak-ng cannot start" + (dataPath ? " with data in " + path : std::string())
                               + ": " + statusMessage(status));
    }
    status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status != ENS_OK) {
        return std::unexpected("espeak-ng cannot synthesise into a buffer: " + statusMessage(status));
    }
    espeak_SetSynthCallback(collectSamples);
    const int rate = espeak_ng_GetSampleRate();
    std::vector<VoiceInfo> voices = listVoices();
    if (rate <= 0 || voices.empty()) {
        return std::unexpected("espeak-ng has no voices" + (dataPath ? " in " + path : std::string()));
    }
    g_engine = Engine{path, static_cast<unsigned>(rate), voices};
    return Synthesizer(static_cast<unsigned>(rate), std::move(voices));
}

bool Synthesizer::hasVoice(std::string_view voice) const
{
    const std::string wanted = lower(voice);
    return !wanted.empty() && std::ranges::any_of(m_voices, [&](const VoiceInfo& info) {
        return lower(info.id) == wanted || lower(info.name) == wanted;
    });
}

std::expected<Pcm, std::string> Synthesizer::speak(std::string_view voice, std::string_view text,
                                                   const std::atomic<bool>* cancel) const
{
    if (!hasVoice(voice)) {
        return std::unexpected("espeak-ng has no voice \"" + std::string(voice) + "\"");
    }
    const std::lock_guard lock(engineMutex());
    const std::string voiceName(voice);
    espeak_ng_STATUS status = espeak_ng_SetVoiceByName(voiceName.c_str());
    if (status != ENS_OK) {
        return std::unexpected("espeak-ng voice \"" + voiceName + "\": " + statusMessage(status));
    }
    Pcm pcm;
    pcm.sampleRate = m_sampleRate;
    SynthesisSink sink{&pcm, cancel};
    const std::string utf8(text);
    status = espeak_ng_Synthesize(utf8.c_str(), utf8.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr,
                                  &sink);
    if (status != ENS_OK && status != ENS_SPEECH_STOPPED) {
        return std::unexpected("espeak-ng could not speak: " + statusMessage(status));
    }
    return pcm;
}

} // namespace helder::audio
