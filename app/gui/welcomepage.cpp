// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/welcomepage.h"

#include "app/gui/session/recentprojects.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace weft::app {

WelcomePage::WelcomePage(RecentProjects *recent, QWidget *parent)
    : QWidget(parent)
    , m_recent(recent)
    , m_recentLayout(new QVBoxLayout)
{
    auto *title = new QLabel(tr("Weft"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Qualitative data analysis: import your interviews, journals "
                                   "and feedback forms, code them and build your themes."),
            this);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *create
            = new QCommandLinkButton(tr("New Project…"), tr("Start an empty project file."), this);
    auto *open
            = new QCommandLinkButton(tr("Open Project…"), tr("Open a .weft project file."), this);
    auto *sample = new QCommandLinkButton(tr("Explore the Sample Study"),
            tr("A small, fictional peer health-education evaluation, already partly coded."), this);
    connect(create, &QAbstractButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(open, &QAbstractButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(sample, &QAbstractButton::clicked, this, &WelcomePage::sampleRequested);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(18);
    column->addWidget(create);
    column->addWidget(open);
    column->addWidget(sample);
    column->addSpacing(12);
    column->addLayout(m_recentLayout);
    column->addStretch(1);

    auto *content = new QWidget(this);
    content->setLayout(column);
    content->setMaximumWidth(640);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(content, 4);
    outer->addStretch(1);
    outer->setContentsMargins(24, 72, 24, 24);

    connect(m_recent, &RecentProjects::changed, this, &WelcomePage::rebuildRecent);
    rebuildRecent();
}

void WelcomePage::rebuildRecent()
{
    while (QLayoutItem *item = m_recentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList paths = m_recent->paths();
    if (paths.isEmpty())
        return;
    auto *heading = new QLabel(tr("Recent projects"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_recentLayout->addWidget(heading);
    for (const QString &path : paths) {
        auto *link = new QCommandLinkButton(
                QFileInfo(path).completeBaseName(), QDir::toNativeSeparators(path), this);
        link->setIcon(QIcon());
        connect(link, &QAbstractButton::clicked, this,
                [this, path] { Q_EMIT openRequested(path); });
        m_recentLayout->addWidget(link);
    }
}

} // namespace weft::app
