#pragma once
// The kiosk's read-aloud: speaks a Reading (or plays its recording) without blocking the screens.
// espeak-ng synthesises on a worker thread; the UI thread calls update() on its wake-ups to
// start what is ready, so that sound objects are only ever touched from that thread.
//
// Without a sound device the whole feature is off; without espeak-ng only recordings play.
// Either is said once in the log, never per tap.

#include "audio/AudioOutput.hpp"
#include "audio/DeviceProbe.hpp"
#include "audio/Reading.hpp"
#include "audio/Synthesizer.hpp"
#include "audio/Volume.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace helder::audio {

class ReadAloud {
public:
    // `output` nullptr: no sound device, nothing is ever offered.
    ReadAloud(std::optional<Synthesizer> speech, std::unique_ptr<AudioOutput> output, std::ostream& log);
    ~ReadAloud();
    ReadAloud(const ReadAloud&) = delete;
    ReadAloud& operator=(const ReadAloud&) = delete;

    // The kiosk's own, playing through SFML. It starts the sound device check and opens
    // espeak-ng on the worker, both while the kiosk draws its first frame; update() takes their
    // answers (OpenAL's null backend when there is no device, so that nothing prints). Call it
    // while the process has one thread (the device check forks).
    [[nodiscard]] static std::unique_ptr<ReadAloud> start(std::ostream& log);

    // The device check or espeak-ng is still starting: call update() again soon.
    [[nodiscard]] bool starting() const;

    // A speaker button makes sense: a recording, or a voice espeak-ng has.
    [[nodiscard]] bool canRead(const Reading& reading) const;
    [[nodiscard]] bool canSpeak(const std::string& voice) const;

    // Replaces whatever plays. `withChime`: a short tone first (the idle warning).
    void read(const Reading& reading, bool withChime = false);
    void stop();
    // Synthesising or playing.
    [[nodiscard]] bool busy() const;
    // Starts synthesised speech that is ready and lets go of the device once playing ended.
    // Returns true when busy() changed since the last call (the screen shows "stop" or not).
    bool update();

    [[nodiscard]] const Volume& volume() const { return m_volume; }
    void louder();
    void softer();
    // A new visitor starts at the usual volume.
    void resetVolume();

private:
    struct Job {
        std::uint64_t generation = 0;
        std::string voice;
        std::string text;
        bool withChime = false;
    };
    struct Done {
        std::uint64_t generation = 0;
        Pcm pcm;
    };

    explicit ReadAloud(std::ostream& log);
    void work(std::stop_token stop, bool openSpeech);
    void play(const Pcm& pcm);
    void settleDevice();

    std::optional<Synthesizer> m_speech;
    std::unique_ptr<AudioOutput> m_output;
    std::ostream& m_log;
    Volume m_volume;
    bool m_wasBusy = false;
    bool m_loggedSpeechError = false;
    std::optional<DeviceCheck> m_deviceCheck; // running: no output yet

    mutable std::mutex m_mutex; // guards the fields below, shared with the worker
    std::condition_variable_any m_wake;
    std::uint64_t m_generation = 0;
    std::optional<Job> m_job;   // waiting for the worker
    bool m_synthesising = false;
    std::optional<Done> m_done;
    std::optional<std::string> m_error;
    bool m_openingSpeech = false;
    std::atomic<bool> m_cancel = false;
    std::jthread m_worker; // last: it stops and joins before the fields it uses go
};

} // namespace helder::audio
