// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/themetexts.h"

#include "app/gui/models/documentkindnames.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <map>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {

QString count(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

} // namespace

QString ThemeTexts::statusName(core::ThemeStatus status)
{
    switch (status) {
    case core::ThemeStatus::Candidate:
        return tr("Candidate");
    case core::ThemeStatus::Reviewed:
        return tr("Reviewed");
    case core::ThemeStatus::Final:
        return tr("Final");
    case core::ThemeStatus::Discarded:
        return tr("Discarded");
    }
    return {};
}

QString ThemeTexts::reviewStateName(core::ReviewState state)
{
    switch (state) {
    case core::ReviewState::None:
        return {};
    case core::ReviewState::Awaiting:
        return tr("Awaiting review");
    case core::ReviewState::Approved:
        return tr("Approved");
    case core::ReviewState::SentBack:
        return tr("Sent back");
    }
    return {};
}

QString ThemeTexts::timeText(const std::string &iso)
{
    const QDateTime time
            = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate).toLocalTime();
    if (!time.isValid())
        return QString::fromStdString(iso);
    return QLocale().toString(time.date(), QLocale::ShortFormat) + u" "_s
            + QLocale().toString(time.time(), u"HH:mm"_s);
}

QString ThemeTexts::reviewLine(const services::ThemeSummary &summary)
{
    if (!summary.lastReview)
        return {};
    const QString who = QString::fromStdString(summary.lastReview->reviewer);
    const QString when = timeText(summary.lastReview->time);
    switch (summary.lastReview->decision) {
    case core::ReviewDecision::Request:
        return tr("Review asked for by %1, %2").arg(who, when);
    case core::ReviewDecision::Approve:
        return tr("Approved by %1, %2").arg(who, when);
    case core::ReviewDecision::SendBack:
        return tr("Sent back by %1, %2").arg(who, when);
    case core::ReviewDecision::Comment:
        break;
    }
    return tr("Comment by %1, %2").arg(who, when);
}

QString ThemeTexts::reviewText(const services::ThemeSummary &summary)
{
    QStringList lines{statusName(summary.theme.status)};
    const QString state = reviewStateName(summary.theme.reviewState);
    lines.append(state.isEmpty() ? tr("Not reviewed yet") : state);
    if (summary.lastReview) {
        lines.append(reviewLine(summary));
        if (!summary.lastReview->comment.empty())
            lines.append(u"“"_s + QString::fromStdString(summary.lastReview->comment) + u"”"_s);
    }
    return lines.join(u'\n');
}

QString ThemeTexts::evidenceText(const services::ThemeSummary &summary, std::int64_t excerpts)
{
    const core::Evidence &evidence = summary.evidence;
    QString text = tr("%1 from %2 in %3", "excerpts from participants in documents")
                           .arg(excerptsText(excerpts), participantsText(evidence.participants),
                                   documentsText(evidence.documents));
    for (const auto &[kind, counts] : evidence.byKind) {
        if (counts.excerpts == 0)
            continue;
        text += u"\n"_s
                + tr("%1: %2, %3")
                          .arg(documentKindGroupName(kind), excerptsText(counts.excerpts),
                                  participantsText(counts.participants));
    }
    return text;
}

QIcon ThemeTexts::reviewIcon(core::ReviewState state)
{
    static std::map<core::ReviewState, QIcon> icons;
    if (const auto known = icons.find(state); known != icons.end())
        return known->second;
    QColor color;
    switch (state) {
    case core::ReviewState::None:
        break; // an empty dot keeps the status texts in line
    case core::ReviewState::Awaiting:
        color = QColor(0xe0, 0x9a, 0x00);
        break;
    case core::ReviewState::Approved:
        color = QColor(0x3a, 0x9a, 0x4a);
        break;
    case core::ReviewState::SentBack:
        color = QColor(0xd0, 0x45, 0x3a);
        break;
    }
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    if (color.isValid()) {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color.darker(130));
        painter.setBrush(color);
        painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    }
    return icons.emplace(state, QIcon(dot)).first->second;
}

QString ThemeTexts::excerptsText(std::int64_t n)
{
    return n == 1 ? tr("1 excerpt") : tr("%1 excerpts").arg(count(n));
}

QString ThemeTexts::participantsText(std::int64_t n)
{
    return n == 1 ? tr("1 participant")
                  : tr("%1 participants").arg(count(n));
}

QString ThemeTexts::documentsText(std::int64_t n)
{
    return n == 1 ? tr("1 document")
                  : tr("%1 documents").arg(count(n));
}

} // namespace weft::app
