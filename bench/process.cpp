// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/process.h"

#include "bench/timing.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <fstream>
#include <sstream>

extern char **environ;

namespace weft::bench {

namespace fs = std::filesystem;

namespace {

struct Exit {
    ProcessRun run;
    int status = 0;
};

double milliseconds(const timeval &t)
{
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
}

/// posix_spawn + wait4; the rusage is the child's alone.
Exit spawnAndWait(const std::vector<std::string> &command, const fs::path &log)
{
    std::vector<char *> argv;
    for (const std::string &a : command)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);

    Exit exit;
    rusage usage{};
    pid_t pid = 0;
    const auto start = Clock::now();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw BenchError("cannot run " + command[0]);
    if (::wait4(pid, &exit.status, 0, &usage) != pid)
        throw BenchError("lost track of " + command[0]);
    exit.run.ms = msSince(start);
    exit.run.peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux: KiB
    exit.run.cpuMs = milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime);
    return exit;
}

bool succeeded(int status)
{
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::string contents(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

ProcessRun runMeasured(const std::vector<std::string> &command, const fs::path &log)
{
    const fs::path result = fs::path(log).replace_extension(".result");
    std::vector<std::string> helper{fs::read_symlink("/proc/self/exe").string(), kMeasureChildFlag,
            result.string(), log.string()};
    helper.insert(helper.end(), command.begin(), command.end());
    const Exit exit = spawnAndWait(helper, fs::path(log).replace_extension(".helper.log"));
    if (!succeeded(exit.status))
        throw BenchError(command[0] + " failed: " + contents(log));
    std::istringstream fields(contents(result));
    ProcessRun run;
    if (!(fields >> run.ms >> run.cpuMs >> run.peakRssMb))
        throw BenchError("no measurement from the --measure-child helper");
    return run;
}

int measureChildMain(const std::vector<std::string> &args)
{
    if (args.size() < 3)
        return 2;
    const Exit exit = spawnAndWait({args.begin() + 2, args.end()}, args[1]);
    std::ofstream(args[0]) << exit.run.ms << ' ' << exit.run.cpuMs << ' ' << exit.run.peakRssMb
                           << '\n';
    return succeeded(exit.status) ? 0 : 1;
}

} // namespace weft::bench
