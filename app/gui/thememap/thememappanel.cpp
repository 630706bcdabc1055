// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/thememap/thememappanel.h"

#include "app/gui/confirmer.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/thememap/mapexport.h"
#include "app/gui/thememap/thememapscene.h"
#include "app/gui/thememap/thememapview.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
const auto kExportFolderKey = u"themeMap/exportFolder"_s;
}

ThemeMapPanel::ThemeMapPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scene(new ThemeMapScene(session, this))
    , m_view(new ThemeMapView(m_scene, this))
    , m_toolBar(new QToolBar(tr("Map"), this))
{
    setObjectName(u"themeMapPanel"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newTheme = m_toolBar->addAction(tr("New Theme"), this, [this] {
        m_view->newThemeAt(m_view->mapToScene(m_view->viewport()->rect().center()));
    });
    m_newTheme->setToolTip(
            tr("Create a theme in the middle of the map (or double-click the canvas)"));
    m_connect = m_toolBar->addAction(tr("Connect"));
    m_connect->setCheckable(true);
    m_connect->setToolTip(tr("Drag from a theme onto another to make it a sub-theme, or between a "
                             "code and a theme to link them (Shift+drag does the same)"));
    connect(m_connect, &QAction::toggled, this, [this](bool on) {
        m_scene->setConnectMode(on);
        m_view->viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
        if (on)
            Q_EMIT message(tr("Drag from a theme onto another to make it its sub-theme, or between "
                              "a code and a theme to link them."));
    });
    m_toolBar->addSeparator();
    m_zoomIn = m_toolBar->addAction(tr("Zoom In"), m_view, &ThemeMapView::zoomIn);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut = m_toolBar->addAction(tr("Zoom Out"), m_view, &ThemeMapView::zoomOut);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_fit = m_toolBar->addAction(tr("Fit"), m_view, &ThemeMapView::fitToView);
    m_fit->setToolTip(tr("Show the whole map"));
    m_toolBar->addSeparator();
    m_export = m_toolBar->addAction(tr("Export…"), this, &ThemeMapPanel::exportMap);
    m_export->setToolTip(tr("Save the map as an SVG or PNG picture"));
    // The zoom keys work wherever the focus is in the panel, the map included.
    for (QAction *action : {m_zoomIn, m_zoomOut}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);

    connect(m_scene, &ThemeMapScene::message, this, &ThemeMapPanel::message);
    connect(m_session, &ProjectSession::closed, this, [this] { m_fitPending = true; });
    connect(m_scene, &ThemeMapScene::reloaded, this, [this] {
        updateActions();
        // A freshly opened project shows its whole map once the view has its size.
        if (m_fitPending && !m_scene->themeNodes().empty() && m_view->isVisible()) {
            m_fitPending = false;
            m_view->fitToView();
        }
    });
    updateActions();
    m_scene->setLive(false); // until shown
}

void ThemeMapPanel::setConfirmer(std::unique_ptr<Confirmer> confirmer)
{
    m_view->setConfirmer(std::move(confirmer));
}

void ThemeMapPanel::updateActions()
{
    const bool open = m_session->isOpen();
    for (QAction *action : {m_newTheme, m_connect, m_export})
        action->setEnabled(open);
}

void ThemeMapPanel::exportMap()
{
    QSettings settings;
    const QString folder = settings.value(kExportFolderKey, QDir::homePath()).toString();
    QString filter;
    const QString svg = tr("SVG image (*.svg)");
    const QString png = tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Thematic Map"),
            QDir(folder).filePath(tr("thematic-map.svg")), svg + u";;"_s + png, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == png ? u".png"_s : u".svg"_s;
    settings.setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    if (exportTo(path))
        Q_EMIT message(tr("Map exported to %1").arg(QDir::toNativeSeparators(path)));
}

bool ThemeMapPanel::exportTo(const QString &path)
{
    QString error;
    const bool svg = QFileInfo(path).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0;
    const bool ok = svg ? MapExport::writeSvg(*m_scene, path, &error)
                        : MapExport::writePng(*m_scene, path, &error);
    if (!ok)
        m_session->warn(tr("Map not exported"), error);
    return ok;
}

void ThemeMapPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_scene->setLive(false);
}

void ThemeMapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_scene->setLive(true);
    if (m_fitPending && !m_scene->themeNodes().empty()) {
        m_fitPending = false;
        QMetaObject::invokeMethod(m_view, &ThemeMapView::fitToView, Qt::QueuedConnection);
    }
}

} // namespace weft::app
