// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace weft::app {

/// Where the user was reading in each project (the document and the first character in view),
/// kept in the settings per project file, so a reopened project shows that place again.
class ReadingPositions {
public:
    struct Position {
        QString documentUuid;
        std::int64_t codePoint = 0;
    };

    static std::optional<Position> load(const QString &projectPath);
    static void save(const QString &projectPath, const Position &position);
};

} // namespace weft::app
