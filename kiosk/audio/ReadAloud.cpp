#include "audio/ReadAloud.hpp"

#include "audio/SfmlOutput.hpp"
#include "audio/Tone.hpp"

#include <cstdlib>
#include <ostream>

namespace helder::audio {

ReadAloud::ReadAloud(std::optional<Synthesizer> speech, std::unique_ptr<AudioOutput> output, std::ostream& log)
    : m_speech(std::move(speech)), m_output(std::move(output)), m_log(log)
{
    if (m_output) {
        m_output->setVolume(m_volume.sfmlVolume());
    }
    if (m_output && m_speech) {
        m_worker = std::jthread([this](std::stop_token stop) { work(std::move(stop), false); });
    }
}

ReadAloud::ReadAloud(std::ostream& log) : m_log(log)
{
    m_deviceCheck.emplace(DeviceCheck::start()); // forks: before the worker thread exists
    m_openingSpeech = true;
    m_worker = std::jthread([this](std::stop_token stop) { work(std::move(stop), true); });
}

ReadAloud::~ReadAloud()
{
    if (m_worker.joinable()) {
        m_cancel = true;
        m_worker.request_stop();
        m_wake.notify_all();
        m_worker.join();
    }
    if (m_output) {
        m_output->stop();
    }
}

std::unique_ptr<ReadAloud> ReadAloud::start(std::ostream& log)
{
    return std::unique_ptr<ReadAloud>(new ReadAloud(log));
}

bool ReadAloud::starting() const
{
    const std::lock_guard lock(m_mutex);
    return m_deviceCheck.has_value() || m_openingSpeech;
}

void ReadAloud::settleDevice()
{
    if (!m_deviceCheck) {
        return;
    }
    const auto device = m_deviceCheck->poll();
    if (!device) {
        return;
    }
    if (device->present) {
        m_output = std::make_unique<SfmlOutput>(m_log);
        m_output->setVolume(m_volume.sfmlVolume());
        m_log << "helder-kiosk: read-aloud on: a sound device answered\n";
    } else {
        // Before anything touches OpenAL in this process: its configuration is read once.
        ::setenv("ALSOFT_DRIVERS", "null", 1);
        m_log << "helder-kiosk: read-aloud off: " << device->detail << " (OpenAL set to its null backend)\n";
    }
    const std::lock_guard lock(m_mutex);
    m_deviceCheck.reset();
}

bool ReadAloud::canSpeak(const std::string& voice) const
{
    const std::lock_guard lock(m_mutex);
    return m_output && m_speech && !m_openingSpeech && m_speech->hasVoice(voice);
}

bool ReadAloud::canRead(const Reading& reading) const
{
    return m_output && (reading.recording || (!reading.text.empty() && canSpeak(reading.voice)));
}

void ReadAloud::read(const Reading& reading, bool withChime)
{
    stop();
    if (!m_output) {
        return;
    }
    if (reading.recording && !withChime) {
        if (!m_output->playFile(*reading.recording)) {
            m_output->stop();
        }
        return;
    }
    if (reading.text.empty() || !canSpeak(reading.voice)) {
        // No voice for this language: the chime alone still says "look at the screen".
        if (withChime) {
            play(chime());
        }
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_cancel = false;
        m_job = Job{m_generation, reading.voice, reading.text, withChime};
    }
    m_wake.notify_all();
}

void ReadAloud::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_generation;
        m_job.reset();
        m_done.reset();
        m_cancel = true;
    }
    if (m_output) {
        m_output->stop();
    }
}

bool ReadAloud::busy() const
{
    const std::lock_guard lock(m_mutex);
    return m_job.has_value() || m_synthesising || m_done.has_value() || (m_output && m_output->playing());
}

bool ReadAloud::update()
{
    const bool wasStarting = starting();
    settleDevice();
    std::optional<Done> ready;
    std::optional<std::string> error;
    {
        const std::lock_guard lock(m_mutex);
        if (m_done && m_done->generation == m_generation) {
            ready = std::move(m_done);
        }
        m_done.reset();
        error = std::exchange(m_error, std::nullopt);
    }
    if (error && !m_loggedSpeechError) {
        // One line for the first failure: a voice that fails will fail on every question.
        m_log << "helder-kiosk: read-aloud: " << *error << '\n';
        m_loggedSpeechError = true;
    }
    if (ready) {
        play(ready->pcm);
    } else if (m_output && !m_output->playing()) {
        m_output->stop(); // ended: close the device until the next tap
    }
    const bool now = busy();
    const bool changed = now != m_wasBusy || wasStarting != starting();
    m_wasBusy = now;
    return changed;
}

void ReadAloud::play(const Pcm& pcm)
{
    if (m_output && !m_output->play(pcm)) {
        m_output->stop();
    }
}

void ReadAloud::louder()
{
    m_volume.louder();
    if (m_output) {
        m_output->setVolume(m_volume.sfmlVolume());
    }
}

void ReadAloud::softer()
{
    m_volume.softer();
    if (m_output) {
        m_output->setVolume(m_volume.sfmlVolume());
    }
}

void ReadAloud::resetVolume()
{
    m_volume.reset();
    if (m_output) {
        m_output->setVolume(m_volume.sfmlVolume());
    }
}

void ReadAloud::work(std::stop_token stop, bool openSpeech)
{
    if (openSpeech) {
        // 100-200 ms of reading voice data: off the UI thread, while the first frame is drawn.
        auto speech = Synthesizer::open();
        const std::lock_guard lock(m_mutex);
        if (speech) {
            m_speech = std::move(*speech);
        } else {
            m_error = "speech off, recordings only: " + speech.error();
        }
        m_openingSpeech = false;
    }
    while (true) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, stop, [this] { return m_job.has_value(); })) {
                return;
            }
            job = std::move(*m_job);
            m_job.reset();
            m_synthesising = true;
        }
        auto spoken = m_speech->speak(job.voice, job.text, &m_cancel);
        const std::lock_guard lock(m_mutex);
        m_synthesising = false;
        if (job.generation != m_generation) {
            continue; // stopped meanwhile: the screen changed
        }
        if (!spoken) {
            m_error = spoken.error();
            continue;
        }
        Pcm pcm = job.withChime ? chime(spoken->sampleRate) : Pcm{{}, spoken->sampleRate};
        if (job.withChime) {
            pcm.samples.resize(pcm.samples.size() + spoken->sampleRate / 5); // a breath before the words
        }
        pcm.samples.insert(pcm.samples.end(), spoken->samples.begin(), spoken->samples.end());
        m_done = Done{job.generation, std::move(pcm)};
    }
}

} // namespace helder::audio
