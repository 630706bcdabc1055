// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QToolBar;

namespace weft::app {

class Confirmer;
class ProjectSession;
class ThemeMapScene;
class ThemeMapView;

/// The "Thematic map" tab: the map with a toolbar to create a theme, connect nodes, zoom and
/// export the map as SVG or PNG.
class ThemeMapPanel : public QWidget {
    Q_OBJECT

public:
    explicit ThemeMapPanel(ProjectSession *session, QWidget *parent = nullptr);

    ThemeMapScene *scene() const { return m_scene; }
    ThemeMapView *view() const { return m_view; }
    void setConfirmer(std::unique_ptr<Confirmer> confirmer);

    QAction *newThemeAction() const { return m_newTheme; }
    QAction *connectAction() const { return m_connect; }
    QAction *fitAction() const { return m_fit; }
    QAction *exportAction() const { return m_export; }

    /// Asks for a file and exports the map to it, as SVG or PNG by the file's suffix.
    void exportMap();
    /// Exports without asking: SVG for a ".svg" path, PNG otherwise. False after warning.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateActions();

    ProjectSession *m_session;
    ThemeMapScene *m_scene;
    ThemeMapView *m_view;
    QToolBar *m_toolBar;
    QAction *m_newTheme;
    QAction *m_connect;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QAction *m_export;
    bool m_fitPending = true;
};

} // namespace weft::app
