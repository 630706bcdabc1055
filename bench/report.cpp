// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/report.h"

#include "bench/timing.h"

#include <algorithm>
#include <cstdio>

namespace weft::bench {

namespace {

std::string formatValue(double value, const std::string &unit)
{
    char buffer[64];
    const int decimals = value < 10.0 ? 2 : value < 100.0 ? 1 : 0;
    std::snprintf(buffer, sizeof buffer, "%.*f %s", decimals, value, unit.c_str());
    return buffer;
}

/// Columns on a terminal: one per code point (UTF-8 continuation bytes take none).
std::size_t columns(const std::string &text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(),
            [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string padRight(std::string text, std::size_t width)
{
    const std::size_t used = columns(text);
    if (used < width)
        text.append(width - used, ' ');
    return text;
}

std::string padLeft(std::string text, std::size_t width)
{
    const std::size_t used = columns(text);
    if (used < width)
        text.insert(0, width - used, ' ');
    return text;
}

} // namespace

void Measurement::add(const Sample &sample)
{
    runs.push_back(sample.ms);
    cpuRuns.push_back(sample.cpuMs);
}

double Measurement::median() const
{
    return bench::median(runs);
}

std::optional<double> Measurement::cpuMedian() const
{
    if (cpuRuns.empty())
        return std::nullopt;
    return bench::median(cpuRuns);
}

std::string Measurement::verdict() const
{
    if (!goal)
        return "-";
    return median() <= *goal ? "ok" : "MISS";
}

void Report::add(Measurement measurement)
{
    m_progress << "  " << padRight(measurement.operation, 58) << ' '
               << padLeft(formatValue(measurement.median(), measurement.unit), 14) << "  ("
               << measurement.runs.size() << " run(s)) " << measurement.verdict() << std::endl;
    m_measurements.push_back(std::move(measurement));
}

void Report::printTable(std::ostream &out) const
{
    const auto goalText = [](const Measurement &m) {
        return m.goal ? "<= " + formatValue(*m.goal, m.unit) : std::string("-");
    };
    std::size_t label = 9, value = 6, goal = 4;
    for (const Measurement &m : m_measurements) {
        label = std::max(label, columns(m.operation));
        value = std::max(value, formatValue(m.median(), m.unit).size());
        goal = std::max(goal, goalText(m).size());
    }
    out << padRight("operation", label) << "  " << padLeft("median", value) << "  "
        << padLeft("goal", goal) << "  verdict  cpu (median)\n";
    std::string section;
    for (const Measurement &m : m_measurements) {
        if (m.section != section) {
            section = m.section;
            out << "[" << section << "]\n";
        }
        out << padRight(m.operation, label) << "  "
            << padLeft(formatValue(m.median(), m.unit), value) << "  " << padLeft(goalText(m), goal)
            << "  " << m.verdict();
        if (const auto cpu = m.cpuMedian())
            out << std::string(9 - m.verdict().size(), ' ') << formatValue(*cpu, m.unit);
        out << '\n';
    }
}

nlohmann::json Report::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const Measurement &m : m_measurements) {
        nlohmann::json entry = {{"section", m.section}, {"key", m.key}, {"operation", m.operation},
                {"unit", m.unit}, {"median", m.median()}, {"runs", m.runs},
                {"goal", m.goal ? nlohmann::json(*m.goal) : nlohmann::json()},
                {"verdict", m.verdict()}, {"detail", m.detail}};
        if (const auto cpu = m.cpuMedian()) {
            entry["cpu_median"] = *cpu;
            entry["cpu_runs"] = m.cpuRuns;
        }
        list.push_back(std::move(entry));
    }
    return list;
}

} // namespace weft::bench
