// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/machine.h"

#include <sys/resource.h>
#include <sys/utsname.h>

#include <ctime>
#include <fstream>
#include <thread>

namespace weft::bench {

namespace {

std::string cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            if (colon != std::string::npos)
                return line.substr(line.find_first_not_of(" \t", colon + 1));
        }
    }
    return "unknown";
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

} // namespace

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

nlohmann::json machineDescription()
{
    utsname uts{};
    uname(&uts);
    return {{"date", utcNow()}, {"cores", std::thread::hardware_concurrency()}, {"cpu", cpuModel()},
            {"kernel", std::string(uts.sysname) + " " + uts.release},
            {"build_type", WEFT_BUILD_TYPE}, {"load_average_at_end", loadAverage()}};
}

} // namespace weft::bench
