// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/confirmer.h"
#include "app/gui/warningpresenter.h"
#include "storage/project.h"

#include <catch2/catch.hpp>

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <string>
#include <utility>
#include <vector>

class QAbstractItemModel;

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace weft::guitest {

/// A project in a temporary folder, made through storage and the import and coding services
/// like a user's would be: two interviews and a journal, one interview with emoji before a
/// coded phrase, and a two-level codebook.
class SampleFixture {
public:
    SampleFixture();
    ~SampleFixture();

    QString projectPath() const;
    QString folder() const { return m_dir.path(); }
    /// Writes a UTF-8 file in the fixture folder and returns its path.
    QString writeFile(const QString &name, const QByteArray &content) const;

    static const char *emojiText(); ///< the text of "Emoji", an interview
    static const char *emojiPhrase(); ///< the coded phrase after "🙂🙂"

private:
    QTemporaryDir m_dir;
};

/// Imports through the import service and requires every file to be imported.
void importAll(storage::Project &project, const std::vector<std::string> &paths,
        const std::string &participant = {});

/// Opens the fixture's project with storage directly (another "process" for the same file).
std::unique_ptr<storage::Project> openDirect(const QString &path);

/// Captures warnings instead of showing message boxes.
class RecordingPresenter : public app::WarningPresenter {
public:
    void showWarning(QWidget *parent, const QString &title, const QString &message) override;
    QList<std::pair<QString, QString>> warnings;
};

/// Answers confirmations with `answer` and keeps the questions asked.
class AnsweringConfirmer : public app::Confirmer {
public:
    explicit AnsweringConfirmer(bool answer) : m_answer(answer) {}
    bool confirm(QWidget *parent, const QString &title, const QString &question,
            const QString &action) override;
    QStringList questions;

private:
    bool m_answer;
};

/// Records what QAbstractItemModelTester reports (category "qt.modeltest") while alive.
class ModelTesterMessages {
public:
    ModelTesterMessages();
    ~ModelTesterMessages();
    QStringList messages() const;
};

/// Display texts of a model's top-level rows, in order, with their children indented "  ".
QStringList outline(const QAbstractItemModel &model, int column = 0);

} // namespace weft::guitest
