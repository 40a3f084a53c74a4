#pragma once
// Anonymous daily counts for the service's own statistics (DESIGN §7): per form and language,
// sessions started, printed, abandoned (and at which question), idle timeouts and printer faults.
// Fed with the effects update() returns; kept in memory for the day being counted; a finished day
// is handed out once, with every count under 5 merged into "other", so that no single visit can
// be picked out and no scrape during the day can time a visit. No IO here: the app writes it.

#include "core/Date.hpp"
#include "core/Effect.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace helder::core {

// One count of a finished day, as it is published.
struct CountSeries {
    std::string metric;                                      // e.g. "sessions_started"
    std::vector<std::pair<std::string, std::string>> labels; // name, value; "other" once merged
    std::int64_t value = 0;

    friend bool operator==(const CountSeries&, const CountSeries&) = default;
};

// A finished day: its counts, merged, sorted by metric then labels.
struct CountReport {
    Date day;
    std::vector<CountSeries> series;
};

class Counters {
public:
    // Counts below this are merged into "other" (DESIGN §7).
    static constexpr std::int64_t smallestShown = 5;
    // The label value small counts are merged into.
    static constexpr const char* other = "other";

    explicit Counters(Date today) : m_day(today) {}

    // Counts the effects of one update() on `today`; a new day first closes the one being counted.
    void count(std::span<const Effect> effects, Date today);

    // The finished day, once, when `today` is after the day being counted; its counts are then
    // forgotten. Nothing while the day is still running.
    [[nodiscard]] std::optional<CountReport> takeFinishedDay(Date today);

    // The last finished day handed out (for staff mode), or nothing before the first midnight.
    [[nodiscard]] const std::optional<CountReport>& lastReport() const { return m_last; }

    // Every count under `smallestShown` merged into "other": first its most specific label (the
    // question or fault), then the language, then the form, until each count is 5 or more or all
    // its labels say "other".
    [[nodiscard]] static std::vector<CountSeries> merge(std::vector<CountSeries> raw);

private:
    using Labels = std::vector<std::pair<std::string, std::string>>;

    void rollOver(Date today);
    void add(std::string metric, Labels labels);

    Date m_day;
    std::map<std::pair<std::string, Labels>, std::int64_t> m_counts;
    std::optional<CountReport> m_finished;
    std::optional<CountReport> m_last;
    // The session under way: its end and faults are counted under the language it started in.
    std::optional<std::pair<std::string, std::string>> m_session;
};

// Readable lines for staff mode, one per count of the day, e.g. "sessions_printed form=uitpas language=nl: 7".
[[nodiscard]] std::vector<std::string> describe(const CountReport& report);

} // namespace helder::core
