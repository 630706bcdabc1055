// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace weft::test {

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
    nlohmann::json json() const
    {
        INFO("stdout: " << out << "\nstderr: " << err);
        auto parsed = nlohmann::json::parse(out, nullptr, false);
        REQUIRE_FALSE(parsed.is_discarded());
        return parsed;
    }
};

/// A scratch folder for one test, removed afterwards.
class CliWorkspace {
public:
    CliWorkspace()
    {
        std::random_device rd;
        m_dir = std::filesystem::temp_directory_path() /
                ("weft-cli-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_dir);
    }
    ~CliWorkspace()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    std::string path(const std::string &name) const { return (m_dir / name).string(); }

    /// Writes bytes exactly as given.
    std::string write(const std::string &name, const std::string &bytes) const
    {
        const auto p = m_dir / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
        return p.string();
    }

    std::string read(const std::string &name) const
    {
        std::ifstream in(m_dir / name, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }

    /// Runs weft-cli with the given arguments (no shell interpretation of their content).
    CliRun run(const std::vector<std::string> &args) const
    {
        std::string command = "cd '" + m_dir.string() + "' && WEFT_CODER=tester '" +
                              std::string(WEFT_CLI_PATH) + "'";
        for (const std::string &a : args)
            command += " " + quote(a);
        command += " >'" + (m_dir / ".out").string() + "' 2>'" + (m_dir / ".err").string() + "'";
        const int status = std::system(command.c_str());
        CliRun run;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        run.out = read(".out");
        run.err = read(".err");
        return run;
    }

    /// Runs and requires success.
    CliRun ok(const std::vector<std::string> &args) const
    {
        CliRun r = run(args);
        INFO("weft-cli " << join(args) << "\nstdout: " << r.out << "\nstderr: " << r.err);
        REQUIRE(r.exitCode == 0);
        REQUIRE(r.err.empty());
        return r;
    }

    /// Runs and requires a failure reported as exactly one line on stderr.
    CliRun fails(const std::vector<std::string> &args) const
    {
        CliRun r = run(args);
        INFO("weft-cli " << join(args) << "\nstdout: " << r.out << "\nstderr: " << r.err);
        REQUIRE(r.exitCode != 0);
        REQUIRE(r.out.empty());
        REQUIRE(!r.err.empty());
        REQUIRE(r.err.find('\n') == r.err.size() - 1);
        REQUIRE(r.err.rfind("weft-cli: ", 0) == 0);
        return r;
    }

private:
    static std::string quote(const std::string &s)
    {
        std::string q = "'";
        for (char c : s) {
            if (c == '\'')
                q += "'\\''";
            else
                q += c;
        }
        return q + "'";
    }
    static std::string join(const std::vector<std::string> &args)
    {
        std::string s;
        for (const auto &a : args)
            s += a + " ";
        return s;
    }
    std::filesystem::path m_dir;
};

} // namespace weft::test
