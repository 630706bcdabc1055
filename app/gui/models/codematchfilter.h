// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace weft::app {

/// Filters a CodeListModel by what the user typed, anywhere in a code's path, and ranks the
/// matches: the name itself, then names starting with it, then a word starting with it, then
/// anything containing it; ties keep the codebook's order.
class CodeMatchFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CodeMatchFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int rank(const QModelIndex &sourceIndex) const;

    QString m_text;
};

} // namespace weft::app
