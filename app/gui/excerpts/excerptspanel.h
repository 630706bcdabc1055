// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/documentkind.h"
#include "core/model/entities.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace weft::app {

class ExcerptFilter;
class ExcerptListModel;
class ParticipantTableModel;

/// The "Excerpts" panel: every passage coded with the selected code (and, if wanted, its
/// sub-codes) in its sentence, with participant, source and position; narrowed by participant,
/// data source or a participant attribute's value. Double-click opens the passage.
class ExcerptsPanel : public QWidget {
    Q_OBJECT

public:
    ExcerptsPanel(ExcerptListModel *model, ParticipantTableModel *participants,
            QWidget *parent = nullptr);

    /// Shows the excerpts of a code (nullopt: none), titled with its path.
    void setCode(std::optional<core::Id> codeId, const QString &path);
    void setWithSubcodes(bool with);
    /// Filters; an empty participant, nullopt kind or empty attribute name means "any".
    void setParticipantFilter(const QString &label);
    void setKindFilter(std::optional<core::DocumentKind> kind);
    void setAttributeFilter(const QString &name, const QString &value);

    QTableView *view() const { return m_view; }
    ExcerptFilter *filter() const { return m_filter; }
    /// Opens the excerpt in the given row of the view, as a double-click does.
    void activate(int row);

Q_SIGNALS:
    void excerptActivated(weft::core::Id documentId, std::int64_t start, std::int64_t end);

private:
    void onModelReset();
    void rebuildChoices();
    void applyAttributeFilter();
    void updateTitle();

    ExcerptListModel *m_model;
    ParticipantTableModel *m_participants;
    ExcerptFilter *m_filter;
    QLabel *m_title;
    QCheckBox *m_subcodes;
    QComboBox *m_participant;
    QComboBox *m_kind;
    QComboBox *m_attribute;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTableView *m_view;
    QString m_path;
};

} // namespace weft::app
