// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/report/themechecklist.h"

#include <QHeaderView>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {

constexpr int kUuidRole = Qt::UserRole;
constexpr int kDefaultRole = Qt::UserRole + 1;

QString statusText(core::ThemeStatus status)
{
    switch (status) {
    case core::ThemeStatus::Candidate: return ThemeCheckList::tr("candidate");
    case core::ThemeStatus::Reviewed: return ThemeCheckList::tr("reviewed");
    case core::ThemeStatus::Final: return ThemeCheckList::tr("final");
    case core::ThemeStatus::Discarded: return ThemeCheckList::tr("discarded");
    }
    return {};
}

} // namespace

ThemeCheckList::ThemeCheckList(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Theme"), tr("Status")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 0 && !item->parent())
            Q_EMIT choiceChanged();
    });
}

void ThemeCheckList::setThemes(const std::vector<core::Theme> &themes)
{
    const QSignalBlocker blocker(this);
    clear();
    std::multimap<std::optional<core::Id>, const core::Theme *> children;
    for (const core::Theme &t : themes)
        children.emplace(t.parentId, &t);
    const auto add = [&](auto &self, QTreeWidgetItem *parent, std::optional<core::Id> parentId) -> void {
        auto [from, to] = children.equal_range(parentId);
        std::vector<const core::Theme *> level;
        for (auto it = from; it != to; ++it)
            level.push_back(it->second);
        std::sort(level.begin(), level.end(),
                [](const core::Theme *a, const core::Theme *b) { return a->position < b->position; });
        for (const core::Theme *t : level) {
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
            item->setText(0, QString::fromStdString(t->name));
            item->setText(1, statusText(t->status));
            item->setData(0, kUuidRole, QString::fromStdString(t->uuid));
            if (!parent) {
                const bool byDefault = t->status != core::ThemeStatus::Discarded;
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(0, byDefault ? Qt::Checked : Qt::Unchecked);
                item->setData(0, kDefaultRole, byDefault);
            } else {
                item->setFlags(Qt::ItemIsEnabled);
                item->setToolTip(0, tr("Sub-themes come with their theme."));
            }
            self(self, item, t->id);
        }
    };
    add(add, nullptr, std::nullopt);
    expandAll();
}

std::vector<std::string> ThemeCheckList::chosenThemes() const
{
    std::vector<std::string> chosen;
    bool asDefault = true;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = topLevelItem(i);
        const bool checked = item->checkState(0) == Qt::Checked;
        asDefault = asDefault && checked == item->data(0, kDefaultRole).toBool();
        if (checked)
            chosen.push_back(item->data(0, kUuidRole).toString().toStdString());
    }
    return asDefault ? std::vector<std::string>{} : chosen;
}

bool ThemeCheckList::anyChecked() const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->checkState(0) == Qt::Checked)
            return true;
    }
    return false;
}

bool ThemeCheckList::setChecked(const QString &name, bool checked)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(0) == name) {
            topLevelItem(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void ThemeCheckList::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(this);
        for (int i = 0; i < topLevelItemCount(); ++i)
            topLevelItem(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
    Q_EMIT choiceChanged();
}

} // namespace weft::app
