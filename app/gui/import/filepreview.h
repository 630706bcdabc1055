// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/documentkind.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace weft::app {

/// What reading one file found, before anything is written: the kind and structure the import
/// would give it, or why it cannot be imported.
struct FilePreview {
    bool ok = false;
    QString error;
    core::DocumentKind kind = core::DocumentKind::Document;
    bool table = false; ///< a feedback-form table: one document per row
    QString encoding;
    QStringList participants; ///< linked participants, in order of appearance
    int documents = 0;
    int turns = 0;
    int entries = 0;
    int sections = 0;
};

/// Reads a file the way the import would (core::readImportFile) and summarises it. Pure: it
/// touches no project, so it runs on any thread.
FilePreview previewFile(const QString &path, std::optional<core::DocumentKind> kind);

} // namespace weft::app

Q_DECLARE_METATYPE(weft::app::FilePreview)
