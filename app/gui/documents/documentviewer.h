// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/documents/codinghighlights.h"
#include "core/model/entities.h"
#include "core/text/textoffsets.h"
#include "storage/changeevent.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTextEdit;

namespace weft::app {

class ProjectSession;

/// The reading pane: a heading (name; kind, participant, length) over the stored text, read
/// only, with speaker labels set off and every coding tinted in its code's colour. The shown
/// text is exactly the stored text, so a UTF-16 position maps to one code point and back.
class DocumentViewer : public QWidget {
    Q_OBJECT

public:
    explicit DocumentViewer(ProjectSession *session, QWidget *parent = nullptr);

    void showDocument(core::Id documentId);
    void clear();

    std::optional<core::Id> documentId() const;
    QString heading() const;
    QString details() const;
    QTextEdit *textView() const { return m_text; }
    const CodingHighlights &highlights() const { return m_highlights; }

Q_SIGNALS:
    void documentShown(std::optional<weft::core::Id> documentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onProjectChanged(const QList<storage::ChangeEvent> &events);
    void refreshHeader();
    void refreshHighlights();
    void applyReadingLayout();
    void updateReadingMargins();
    bool showCodingToolTip(QEvent *event);

    ProjectSession *m_session;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_details = nullptr;
    QTextEdit *m_text = nullptr;
    std::optional<core::Document> m_document;
    QString m_plainText; ///< kept alive and unchanged for m_index
    core::text::Utf16Index m_index;
    CodingHighlights m_highlights;
    int m_sideMargin = -1;
};

} // namespace weft::app
