#include "core/Counters.hpp"

#include <algorithm>

namespace helder::core {
namespace {

std::vector<CountSeries> summed(const std::vector<CountSeries>& series)
{
    std::map<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>, std::int64_t> sums;
    for (const CountSeries& one : series) {
        sums[{one.metric, one.labels}] += one.value;
    }
    std::vector<CountSeries> result;
    result.reserve(sums.size());
    for (const auto& [key, value] : sums) {
        result.push_back(CountSeries{key.first, key.second, value});
    }
    return result;
}

} // namespace

void Counters::rollOver(Date today)
{
    if (today == m_day) {
        return;
    }
    std::vector<CountSeries> raw;
    raw.reserve(m_counts.size());
    for (const auto& [key, value] : m_counts) {
        raw.push_back(CountSeries{key.first, key.second, value});
    }
    m_finished = CountReport{m_day, merge(std::move(raw))};
    m_counts.clear();
    m_day = today;
}

void Counters::add(std::string metric, Labels labels)
{
    ++m_counts[{std::move(metric), std::move(labels)}];
}

void Counters::count(std::span<const Effect> effects, Date today)
{
    rollOver(today);
    for (const Effect& effect : effects) {
        if (const auto* started = std::get_if<effect::SessionStarted>(&effect)) {
            m_session = std::pair{started->formId, started->language};
            add("sessions_started", {{"form", started->formId}, {"language", started->language}});
        } else if (const auto* ended = std::get_if<effect::SessionEnded>(&effect)) {
            const auto [form, language] = m_session.value_or(std::pair{ended->formId, ended->language});
            m_session.reset();
            if (ended->reason == effect::EndReason::Printed) {
                add("sessions_printed", {{"form", form}, {"language", language}});
                continue;
            }
            // Abandoned before the first question, the question is "none".
            add("sessions_abandoned",
                {{"form", form}, {"language", language}, {"question", ended->lastQuestion.value_or("none")}});
            if (ended->reason == effect::EndReason::IdleTimeout) {
                add("idle_timeouts", {{"form", form}, {"language", language}});
            }
        } else if (const auto* fault = std::get_if<effect::PrintFaulted>(&effect)) {
            const auto [form, language] = m_session.value_or(std::pair{fault->formId, std::string()});
            add("printer_faults", {{"form", form}, {"language", language}, {"fault", fault->faultKey}});
        }
    }
}

std::optional<CountReport> Counters::takeFinishedDay(Date today)
{
    rollOver(today);
    if (m_finished) {
        m_last = m_finished;
    }
    return std::exchange(m_finished, std::nullopt);
}

std::vector<CountSeries> Counters::merge(std::vector<CountSeries> raw)
{
    std::vector<CountSeries> series = summed(raw);
    std::size_t widest = 0;
    for (const CountSeries& one : series) {
        widest = std::max(widest, one.labels.size());
    }
    // Coarsen the small counts one label at a time, most specific first, so that what can be
    // kept (the form, then its language) is kept.
    for (std::size_t fromEnd = 1; fromEnd <= widest; ++fromEnd) {
        for (CountSeries& one : series) {
            if (one.value < smallestShown && one.labels.size() >= fromEnd) {
                one.labels[one.labels.size() - fromEnd].second = other;
            }
        }
        series = summed(series);
    }
    return series; // summed() leaves them sorted by metric, then labels
}

std::vector<std::string> describe(const CountReport& report)
{
    std::vector<std::string> lines;
    for (const CountSeries& one : report.series) {
        std::string line = one.metric;
        for (const auto& [name, value] : one.labels) {
            line += " " + name + "=" + value;
        }
        lines.push_back(line + ": " + std::to_string(one.value));
    }
    return lines;
}

} // namespace helder::core
