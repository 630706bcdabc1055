// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bench/timing.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace weft::bench {

/// One timed operation: every run's value and the goal it is held against.
struct Measurement {
    std::string section; ///< "write", "cli", "read", "text", "memory"
    std::string key; ///< stable name for the JSON file
    std::string operation; ///< label in the table
    std::string unit = "ms";
    std::vector<double> runs; ///< one value per run
    std::vector<double> cpuRuns; ///< CPU ms per run, for timings
    std::optional<double> goal; ///< upper bound, in `unit`
    std::string detail; ///< what exactly was measured (sizes, counts)

    /// Records one timed run.
    void add(const Sample &sample);
    double median() const;
    /// Median CPU ms per run; nullopt when not a timing.
    std::optional<double> cpuMedian() const;
    /// "ok" within the goal, "MISS" over it, "-" without a goal.
    std::string verdict() const;
};

/// Collects measurements, echoes each one as it arrives, prints the table, writes the JSON.
class Report {
public:
    explicit Report(std::ostream &progress)
        : m_progress(progress)
    {
    }

    void add(Measurement measurement);
    const std::vector<Measurement> &measurements() const { return m_measurements; }

    /// "operation  median  goal  verdict  cpu", grouped by section.
    void printTable(std::ostream &out) const;
    nlohmann::json toJson() const;

private:
    std::ostream &m_progress;
    std::vector<Measurement> m_measurements;
};

} // namespace weft::bench
