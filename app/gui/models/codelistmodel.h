// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QAbstractListModel>
#include <QColor>
#include <QString>

#include <vector>

namespace weft::app {

class CodebookModel;

/// Every code of the codebook in one flat list (tree order), shown by its path: what the
/// quick-code box and the code pickers filter. Follows the codebook model.
class CodeListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        CodeIdRole = Qt::UserRole + 1,
        NameRole,
        PathRole
    };

    explicit CodeListModel(CodebookModel *codebook, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        core::Id id = 0;
        QString name;
        QString path;
        QColor color;
    };

    void rebuild();

    CodebookModel *m_codebook;
    std::vector<Entry> m_entries;
};

} // namespace weft::app
