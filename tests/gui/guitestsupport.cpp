// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "app/services/codingservice.h"
#include "app/services/importservice.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace weft::guitest {

namespace {

template<typename T>
T &&require(Result<T> &&result)
{
    INFO((result.ok() ? std::string() : result.error().message));
    REQUIRE(result.ok());
    return std::move(result).value();
}

void requireOk(const Result<void> &result)
{
    INFO((result.ok() ? std::string() : result.error().message));
    REQUIRE(result.ok());
}

QMutex g_messagesMutex;
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordModelTester(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "qt.modeltest") {
        QMutexLocker lock(&g_messagesMutex);
        g_messages.append(message);
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

SampleFixture::SampleFixture()
{
    REQUIRE(m_dir.isValid());
    const QString interviews = writeFile(u"interviews/Alice.txt"_s,
            "Alice talked about the peer educators.\n\n"
            "She trusted Bex more than the nurse.\n");
    const QString emoji = writeFile(u"interviews/Emoji.txt"_s, emojiText());
    const QString journal
            = writeFile(u"journals/Diary.txt"_s, "2019-02-19\nFirst session today.\n");

    auto project = require(
            storage::Project::create(projectPath().toStdString(), "Fixture study", "Tester"));
    importAll(*project, {interviews.toStdString()}, "P01");
    importAll(*project, {emoji.toStdString(), journal.toStdString()});

    services::CodingRequest peers{.document = "Alice", .codePath = "Trust/Peer educators"};
    peers.match = "the peer educators";
    services::CodingRequest bex{.document = "Alice", .codePath = "Trust/Peer educators"};
    bex.match = "She trusted Bex";
    services::CodingRequest phrase{.document = "Emoji", .codePath = "Feelings/Joy"};
    phrase.match = emojiPhrase();
    require(services::applyCodings(*project, {peers, bex, phrase}));
    requireOk(project->close());
}

SampleFixture::~SampleFixture() = default;

QString SampleFixture::projectPath() const
{
    return m_dir.filePath(u"fixture.weft"_s);
}

QString SampleFixture::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

const char *SampleFixture::emojiText()
{
    return "Before \xF0\x9F\x99\x82\xF0\x9F\x99\x82 the coded phrase sits here.\n"
           "A party \xF0\x9F\x8E\x89 follows.\n";
}

const char *SampleFixture::emojiPhrase()
{
    return "the coded phrase";
}

void importAll(storage::Project &project, const std::vector<std::string> &paths,
        const std::string &participant)
{
    services::ImportRequest request;
    request.paths = paths;
    request.participant = participant;
    const std::vector<services::ImportedFile> files = services::importFiles(project, request);
    REQUIRE(files.size() == paths.size());
    for (const services::ImportedFile &file : files) {
        INFO(file.path << ": " << file.message);
        REQUIRE(file.status == services::ImportedFile::Status::Imported);
    }
}

std::unique_ptr<storage::Project> openDirect(const QString &path)
{
    storage::OpenOptions options;
    options.coder = "Other window";
    return require(storage::Project::open(path.toStdString(), options));
}

void RecordingPresenter::showWarning(QWidget *, const QString &title, const QString &message)
{
    warnings.append({title, message});
}

bool AnsweringConfirmer::confirm(QWidget *, const QString &, const QString &question, const QString &)
{
    questions.append(question);
    return m_answer;
}

ModelTesterMessages::ModelTesterMessages()
{
    QMutexLocker lock(&g_messagesMutex);
    g_messages.clear();
    g_previousHandler = qInstallMessageHandler(recordModelTester);
}

ModelTesterMessages::~ModelTesterMessages()
{
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
}

QStringList ModelTesterMessages::messages() const
{
    QMutexLocker lock(&g_messagesMutex);
    return g_messages;
}

QStringList outline(const QAbstractItemModel &model, int column)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex parent = model.index(row, column);
        lines.append(parent.data().toString());
        const QModelIndex first = model.index(row, 0);
        for (int child = 0; child < model.rowCount(first); ++child)
            lines.append(u"  "_s + model.index(child, column, first).data().toString());
    }
    return lines;
}

} // namespace weft::guitest
