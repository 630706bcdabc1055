// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <chrono>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace weft::bench {

using Clock = std::chrono::steady_clock;

/// A benchmark that cannot go on (bad workload, failed store call). Caught in main().
class BenchError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// CPU time of this process so far (all threads, user + system), in milliseconds.
double cpuMsNow();

/// One run: wall clock, the number every goal is about, and the CPU time spent meanwhile. On a
/// shared machine wall well above CPU means waiting, for the disk (fsync) or for a core.
struct Sample {
    double ms = 0.0;
    double cpuMs = 0.0;

    /// Per item, for a run that did `count` items.
    friend Sample operator/(const Sample &total, double count)
    {
        return Sample{total.ms / count, total.cpuMs / count};
    }
};

/// Times `body` with std::chrono::steady_clock (and the process CPU clock).
template<typename F>
Sample timed(F &&body)
{
    const double cpuStart = cpuMsNow();
    const auto start = Clock::now();
    std::forward<F>(body)();
    return Sample{msSince(start), cpuMsNow() - cpuStart};
}

/// Median of the values (mean of the middle two for an even count); 0 for none.
double median(std::vector<double> values);

/// `value` with a fixed number of decimals, for details in the report.
std::string fixed(double value, int decimals = 2);

/// The value of a store call, or a BenchError naming what failed.
template<typename T>
T need(Result<T> result, const std::string &what)
{
    if (!result)
        throw BenchError(what + ": " + result.error().message);
    return std::move(result).value();
}

inline void need(const Result<void> &result, const std::string &what)
{
    if (!result)
        throw BenchError(what + ": " + result.error().message);
}

} // namespace weft::bench
