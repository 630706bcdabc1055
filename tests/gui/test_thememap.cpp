// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "app/gui/evidence/themeevidencepanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/themeevidencemodel.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/session/sampleproject.h"
#include "app/gui/thememap/codenodeitem.h"
#include "app/gui/thememap/mapedgeitem.h"
#include "app/gui/thememap/mapexport.h"
#include "app/gui/thememap/thememaplayout.h"
#include "app/gui/thememap/thememappanel.h"
#include "app/gui/thememap/thememapscene.h"
#include "app/gui/thememap/thememapview.h"
#include "app/gui/thememap/themenodeitem.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;
using namespace weft::guitest;
using weft::app::CodeNodeItem;
using weft::app::MapEdgeItem;
using weft::app::ThemeNodeItem;

namespace {

/// Two top-level themes sharing a code, and a sub-theme, on the fixture's codebook.
void addThemes(const QString &path)
{
    auto project = openDirect(path);
    auto peers = project->codes().resolve("Trust/Peer educators");
    auto joy = project->codes().resolve("Feelings/Joy");
    REQUIRE((peers.ok() && joy.ok()));
    auto trusted = project->themes().add({.parentId = std::nullopt, .name = "Trusted voices"});
    auto ease = project->themes().add({.parentId = std::nullopt, .name = "Feeling at ease"});
    REQUIRE((trusted.ok() && ease.ok()));
    REQUIRE(project->themes().add({.parentId = trusted->id, .name = "Bex"}).ok());
    REQUIRE(project->themes().link(trusted->uuid, peers->id).ok());
    REQUIRE(project->themes().link(ease->uuid, joy->id).ok());
    REQUIRE(project->themes().link(ease->uuid, peers->id).ok());
    REQUIRE(project->close().ok());
}

struct MapHarness {
    MapHarness()
    {
        addThemes(fixture.projectPath());
        QObject::connect(&session, &weft::app::ProjectSession::warning,
                [this](const QString &, const QString &message) { warnings.append(message); });
        panel.resize(1100, 760);
        panel.show();
        REQUIRE(session.open(fixture.projectPath()));
        settle();
        view()->fitToView();
    }

    weft::app::ThemeMapScene *scene() const { return panel.scene(); }
    weft::app::ThemeMapView *view() const { return panel.view(); }
    weft::storage::Project &project() const { return *session.project(); }
    QUndoStack *undo() const { return session.undoStack(); }
    static void settle() { QTest::qWait(20); }

    ThemeNodeItem *theme(const std::string &name) const
    {
        const auto &nodes = scene()->themeNodes();
        const auto found = std::find_if(nodes.begin(), nodes.end(),
                [&](ThemeNodeItem *node) { return node->theme().name == name; });
        return found != nodes.end() ? *found : nullptr;
    }
    CodeNodeItem *code(const QString &name) const
    {
        const auto &nodes = scene()->codeNodes();
        const auto found = std::find_if(nodes.begin(), nodes.end(),
                [&](CodeNodeItem *node) { return node->name() == name; });
        return found != nodes.end() ? *found : nullptr;
    }
    QPoint at(const QGraphicsItem *item) const { return view()->mapFromScene(item->scenePos()); }
    std::vector<weft::core::Id> linked(const std::string &theme) const
    {
        auto found = session.project()->themes().resolve(theme);
        REQUIRE(found.ok());
        auto codes = session.project()->themes().linkedCodes(found->id);
        REQUIRE(codes.ok());
        return *codes;
    }
    std::optional<weft::storage::MapPoint> saved(const std::string &uuid) const
    {
        auto all = session.project()->mapLayout().all();
        REQUIRE(all.ok());
        const auto found = all->find(uuid);
        return found != all->end() ? std::optional(found->second) : std::nullopt;
    }
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {}) const
    {
        QWidget *port = view()->viewport();
        QTest::mousePress(port, Qt::LeftButton, modifiers, from);
        QTest::mouseMove(port, from + (to - from) / 3);
        QTest::mouseMove(port, to);
        QTest::mouseRelease(port, Qt::LeftButton, modifiers, to);
        settle();
    }

    SampleFixture fixture;
    weft::app::ProjectSession session;
    weft::app::ThemeMapPanel panel{&session};
    QStringList warnings;
};

} // namespace

TEST_CASE("gui: the thematic map shows a node per theme and per linked code, none overlapping",
        "[gui]")
{
    MapHarness map;
    REQUIRE(map.scene()->themeNodes().size() == 3);
    REQUIRE(map.scene()->codeNodes().size() == 2);
    CodeNodeItem *peers = map.code(u"Peer educators"_s);
    REQUIRE(peers);
    CHECK(peers->path() == u"Trust/Peer educators"_s);
    // The shared code is one node with an edge to each of its themes.
    CHECK(peers->edges().size() == 2);
    const auto subThemes = std::count_if(map.scene()->edges().begin(), map.scene()->edges().end(),
            [](const MapEdgeItem *edge) { return edge->kind() == MapEdgeItem::Kind::SubTheme; });
    CHECK(subThemes == 1);
    CHECK(map.scene()->edge(map.theme("Trusted voices")->uuid(), map.theme("Bex")->uuid()));
    CHECK(map.scene()->edges().size() == 4);

    std::vector<QRectF> rects;
    for (ThemeNodeItem *node : map.scene()->themeNodes())
        rects.push_back(node->sceneBoundingRect());
    for (CodeNodeItem *node : map.scene()->codeNodes())
        rects.push_back(node->sceneBoundingRect());
    for (std::size_t i = 0; i < rects.size(); ++i)
        for (std::size_t j = i + 1; j < rects.size(); ++j)
            CHECK_FALSE(rects[i].intersects(rects[j]));
    CHECK(map.theme("Feeling at ease")->excerptCount() == 3);

    // A theme chosen elsewhere is selected on the map, which says so once.
    QSignalSpy chosen(map.scene(), &weft::app::ThemeMapScene::currentThemeChanged);
    map.view()->showTheme(map.theme("Bex")->uuid());
    CHECK(map.theme("Bex")->isSelected());
    map.view()->showTheme(map.theme("Bex")->uuid());
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.front().front().value<std::optional<std::string>>() == map.theme("Bex")->uuid());
}

TEST_CASE("gui: moving nodes on the map stores their places in one undo step", "[gui]")
{
    MapHarness map;
    ThemeNodeItem *ease = map.theme("Feeling at ease");
    REQUIRE(ease);
    const std::string uuid = ease->uuid();
    const QPointF before = ease->pos();
    const int steps = map.undo()->count();

    const QPoint from = map.at(ease);
    map.drag(from, from + QPoint(0, 90));
    ease = map.theme("Feeling at ease");
    const QPointF after = ease->pos();
    CHECK(after.y() > before.y() + 30);
    CHECK(map.undo()->count() == steps + 1);
    const auto place = map.saved(uuid);
    REQUIRE(place);
    CHECK(place->x == Approx(after.x()));
    CHECK(place->y == Approx(after.y()));

    map.undo()->undo();
    map.settle();
    CHECK_FALSE(map.saved(uuid));
    CHECK(map.theme("Feeling at ease")->pos() == before);
    CHECK(map.warnings.isEmpty());
}

TEST_CASE("gui: dragging several selected nodes places them all in one undo step", "[gui]")
{
    MapHarness map;
    ThemeNodeItem *trusted = map.theme("Trusted voices");
    CodeNodeItem *joy = map.code(u"Joy"_s);
    REQUIRE((trusted && joy));
    const QPointF trustedBefore = trusted->pos();
    const QPointF joyBefore = joy->pos();
    trusted->setSelected(true);
    joy->setSelected(true);
    const int steps = map.undo()->count();
    map.drag(map.at(trusted), map.at(trusted) + QPoint(-60, 0));
    CHECK(map.undo()->count() == steps + 1);
    const auto trustedPlace = map.saved(trusted->uuid());
    const auto joyPlace = map.saved(joy->uuid());
    REQUIRE((trustedPlace && joyPlace));
    // Both moved by the same amount.
    CHECK(trustedPlace->x - trustedBefore.x() == Approx(joyPlace->x - joyBefore.x()));
    CHECK(trustedPlace->x < trustedBefore.x() - 20);
    map.undo()->undo();
    map.settle();
    CHECK_FALSE(map.saved(trusted->uuid()));
    CHECK_FALSE(map.saved(joy->uuid()));
}

TEST_CASE("gui: double-clicking the map's canvas creates a theme there, named in place", "[gui]")
{
    MapHarness map;
    const QPoint empty(12, 12);
    REQUIRE_FALSE(map.view()->itemAt(empty));
    const QPointF point = map.view()->mapToScene(empty);
    const int steps = map.undo()->count();

    QTest::mouseDClick(map.view()->viewport(), Qt::LeftButton, {}, empty);
    QLineEdit *editor = map.view()->renameEditor();
    REQUIRE(editor);
    CHECK(editor->text() == u"New theme"_s);
    CHECK(map.undo()->count() == steps + 1); // the theme and its place: one step
    QTest::keyClicks(editor, u"Belonging"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    map.settle();

    auto theme = map.project().themes().resolve("Belonging");
    REQUIRE(theme.ok());
    const auto place = map.saved(theme->uuid);
    REQUIRE(place);
    CHECK(place->x == Approx(point.x()));
    CHECK(place->y == Approx(point.y()));
    REQUIRE(map.theme("Belonging"));
    CHECK(map.theme("Belonging")->pos() == QPointF(place->x, place->y));
    CHECK(map.undo()->count() == steps + 2);

    map.undo()->undo(); // the name
    map.undo()->undo(); // the theme
    map.settle();
    CHECK_FALSE(map.project().themes().resolve(theme->uuid).ok());
    CHECK(map.scene()->themeNodes().size() == 3);
    map.undo()->redo();
    map.settle();
    REQUIRE(map.project().themes().resolve(theme->uuid).ok());
    CHECK(map.saved(theme->uuid));

    // Another new theme gets a name of its own.
    REQUIRE_FALSE(map.view()->newThemeAt(point + QPointF(0, 120)).empty());
    REQUIRE(map.view()->renameEditor());
    CHECK(map.view()->renameEditor()->text() == u"New theme 2"_s);
    QTest::keyClick(map.view()->renameEditor(), Qt::Key_Escape);
    CHECK_FALSE(map.view()->renameEditor());
    CHECK(map.project().themes().resolve("New theme 2").ok());
    CHECK(map.warnings.isEmpty());
}

TEST_CASE("gui: codes dropped on a theme node are linked to it, in one undo step", "[gui]")
{
    MapHarness map;
    auto joy = map.project().codes().resolve("Feelings/Joy");
    auto peers = map.project().codes().resolve("Trust/Peer educators");
    REQUIRE((joy.ok() && peers.ok()));
    ThemeNodeItem *bex = map.theme("Bex");
    REQUIRE(bex);

    SECTION("dragged from the codebook")
    {
        weft::app::CodebookModel *codebook = map.session.codebookModel();
        QModelIndexList codes;
        for (const QString &name : {u"Joy"_s, u"Peer educators"_s})
            codes += codebook->match(codebook->index(0, 0), Qt::DisplayRole, name, 1,
                    Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(codes.size() == 2);
        std::unique_ptr<QMimeData> data(codebook->mimeData(codes));
        QWidget *port = map.view()->viewport();
        const QPoint onBex = map.at(bex);
        QDragEnterEvent enter(
                onBex, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(port, &enter);
        CHECK(enter.isAccepted());
        QDragMoveEvent away(
                QPoint(5, 5), Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(port, &away);
        CHECK_FALSE(away.isAccepted()); // no theme there
        QDragMoveEvent move(onBex, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(port, &move);
        CHECK(move.isAccepted());
        CHECK(bex->isHighlighted());
        QDropEvent drop(QPointF(onBex), Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton,
                Qt::NoModifier);
        QCoreApplication::sendEvent(port, &drop);
        map.settle();
        CHECK(drop.isAccepted());
        auto linked = map.linked("Trusted voices/Bex");
        std::sort(linked.begin(), linked.end());
        std::vector<weft::core::Id> expected{joy->id, peers->id};
        std::sort(expected.begin(), expected.end());
        CHECK(linked == expected);
        // Each code is still one node, now with one more edge.
        CHECK(map.scene()->codeNodes().size() == 2);
        CHECK(map.code(u"Joy"_s)->edges().size() == 2);
    }
    SECTION("a code node dragged onto the theme node")
    {
        map.drag(map.at(map.code(u"Joy"_s)), map.at(bex));
        CHECK(map.linked("Trusted voices/Bex") == std::vector<weft::core::Id>{joy->id});
        // Linked, not placed: the layout puts it beside its themes, not on top of one.
        CHECK_FALSE(map.saved(joy->uuid));
        CHECK_FALSE(map.code(u"Joy"_s)->sceneBoundingRect().intersects(
                map.theme("Bex")->sceneBoundingRect()));
    }
    CHECK(map.undo()->count() == 1);
    map.undo()->undo();
    map.settle();
    CHECK(map.linked("Trusted voices/Bex").empty());
    CHECK(map.code(u"Joy"_s)->edges().size() == 1);
}

TEST_CASE("gui: on the map, Shift-dragging a theme onto another makes it a sub-theme", "[gui]")
{
    MapHarness map;
    auto ease = map.project().themes().resolve("Feeling at ease");
    REQUIRE(ease.ok());
    map.drag(map.at(map.theme("Bex")), map.at(map.theme("Feeling at ease")), Qt::ShiftModifier);
    auto bex = map.project().themes().resolve("Feeling at ease/Bex");
    REQUIRE(bex.ok());
    CHECK(bex->parentId == ease->id);
    CHECK(map.scene()->edge(ease->uuid, bex->uuid));
    map.undo()->undo();
    map.settle();
    CHECK(map.project().themes().resolve("Trusted voices/Bex").ok());
}

TEST_CASE("gui: on the map, F2 renames a theme and Delete unlinks or deletes, keeping the zoom",
        "[gui]")
{
    MapHarness map;
    map.view()->zoomIn();
    const double zoom = map.view()->zoom();
    map.view()->setFocus();

    map.theme("Trusted voices")->setSelected(true);
    QTest::keyClick(map.view(), Qt::Key_F2);
    QLineEdit *editor = map.view()->renameEditor();
    REQUIRE(editor);
    editor->setText(u"Voices we trust"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    map.settle();
    REQUIRE(map.theme("Voices we trust"));
    CHECK(map.view()->zoom() == Approx(zoom));

    auto peers = map.project().codes().resolve("Trust/Peer educators");
    REQUIRE(peers.ok());
    map.scene()->clearSelection();
    MapEdgeItem *link = map.scene()->edge(map.theme("Feeling at ease")->uuid(), peers->uuid);
    REQUIRE(link);
    link->setSelected(true);
    QTest::keyClick(map.view(), Qt::Key_Delete);
    map.settle();
    CHECK(map.linked("Feeling at ease").size() == 1);
    CHECK(map.code(u"Peer educators"_s)->edges().size() == 1);

    auto confirmer = std::make_unique<AnsweringConfirmer>(true);
    AnsweringConfirmer *asked = confirmer.get();
    map.panel.setConfirmer(std::move(confirmer));
    map.scene()->clearSelection();
    map.theme("Voices we trust")->setSelected(true);
    QTest::keyClick(map.view(), Qt::Key_Delete);
    map.settle();
    CHECK(asked->questions.size() == 1);
    CHECK_FALSE(map.project().themes().resolve("Voices we trust").ok());
    CHECK(map.scene()->themeNodes().size() == 1); // its sub-theme went with it
    CHECK(map.view()->zoom() == Approx(zoom));

    map.undo()->undo();
    map.settle();
    CHECK(map.project().themes().resolve("Voices we trust/Bex").ok());
    CHECK(map.scene()->themeNodes().size() == 3);
}

TEST_CASE("gui: on the map, Delete on a sub-theme line or a code undoes that structure", "[gui]")
{
    MapHarness map;
    map.view()->setFocus();
    MapEdgeItem *nested
            = map.scene()->edge(map.theme("Trusted voices")->uuid(), map.theme("Bex")->uuid());
    REQUIRE(nested);
    nested->setSelected(true);
    QTest::keyClick(map.view(), Qt::Key_Delete);
    map.settle();
    CHECK(map.project().themes().resolve("Bex").ok()); // a top-level theme now
    CHECK_FALSE(map.project().themes().resolve("Trusted voices/Bex").ok());

    map.scene()->clearSelection();
    map.code(u"Peer educators"_s)->setSelected(true);
    QTest::keyClick(map.view(), Qt::Key_Delete);
    map.settle();
    CHECK(map.linked("Trusted voices").empty());
    CHECK(map.linked("Feeling at ease").size() == 1);
    CHECK_FALSE(map.code(u"Peer educators"_s));
    CHECK(map.undo()->count() == 2); // the code's two links went in one step

    map.undo()->undo();
    map.undo()->undo();
    map.settle();
    CHECK(map.project().themes().resolve("Trusted voices/Bex").ok());
    CHECK(map.code(u"Peer educators"_s)->edges().size() == 2);
}

TEST_CASE("gui: a hidden map catches up with the project when shown again", "[gui]")
{
    MapHarness map;
    auto joy = map.project().codes().resolve("Feelings/Joy");
    REQUIRE(joy.ok());
    map.panel.hide();
    REQUIRE(map.scene()->linkCodes(map.theme("Bex")->uuid(), {joy->id}));
    map.settle();
    CHECK(map.code(u"Joy"_s)->edges().size() == 1); // not rebuilt while hidden
    map.panel.show();
    map.settle();
    CHECK(map.code(u"Joy"_s)->edges().size() == 2);
}

TEST_CASE(
        "gui: the map exports as SVG with every theme's name and as PNG at twice its size", "[gui]")
{
    MapHarness map;
    const QString svgPath = map.fixture.folder() + u"/map.svg"_s;
    const QString pngPath = map.fixture.folder() + u"/map.png"_s;
    map.theme("Bex")->setSelected(true);
    REQUIRE(map.panel.exportTo(svgPath));
    REQUIRE(map.panel.exportTo(pngPath));
    CHECK(map.theme("Bex")->isSelected()); // the selection is back after the picture

    QFile svg(svgPath);
    REQUIRE(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text"_s)
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    const QString all = texts.join(u' ').simplified();
    for (const char *name : {"Trusted voices", "Feeling at ease", "Bex", "Peer educators", "Joy"})
        CHECK(all.contains(QString::fromUtf8(name)));

    const QImage png(pngPath);
    REQUIRE_FALSE(png.isNull());
    const QSizeF expected = map.scene()->contentRect().size() * 2;
    CHECK(std::abs(png.width() - expected.width()) <= 1);
    CHECK(std::abs(png.height() - expected.height()) <= 1);
    int ink = 0;
    for (int y = 0; y < png.height(); y += 2)
        for (int x = 0; x < png.width(); x += 2)
            ink += png.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    CHECK(ink > png.width() * png.height() / 4 / 50); // more than 2 % drawn

    CHECK_FALSE(map.panel.exportTo(map.fixture.folder() + u"/missing/folder/map.png"_s));
    REQUIRE(map.warnings.size() == 1);
    CHECK(map.warnings.front().contains(u"Choose a folder"_s));
}

// Hidden ("[.]"), run by hand: pictures of the sample study's thematic map and of a theme's
// evidence for the documentation, into the folder named by $WEFT_PICTURES (default: the
// working one).
TEST_CASE("gui: pictures of the thematic map and theme evidence", "[.][pictures]")
{
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    window.resize(1400, 880);
    window.show();
    // A fresh copy of the bundled sample: the user's copy may have been changed by other tests.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"sample-study.weft"_s);
    REQUIRE(QFile::copy(weft::app::SampleProject::bundledPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(window.openProject(copy));
    auto *work = window.findChild<QTabWidget *>(u"workTabs"_s);
    REQUIRE(work);
    work->setCurrentWidget(window.themeMapPanel());
    QTest::qWait(100);
    weft::app::ThemeMapScene *scene = window.themeMapPanel()->scene();
    REQUIRE(scene->themeNodes().size() == 4);
    window.themeMapPanel()->view()->fitToView();
    scene->themeNodes().front()->setSelected(true);
    QTest::qWait(100);
    const QString folder = qEnvironmentVariable("WEFT_PICTURES", QDir::currentPath());
    REQUIRE(window.grab().save(QDir(folder).filePath(u"thematic-map.png"_s)));

    // The evidence of a theme with quotes from several kinds of source, one marked as an
    // exemplar, in a panel of its own so it can be read.
    weft::app::ThemeEvidencePanel evidence(window.session());
    evidence.resize(900, 620);
    evidence.show();
    auto theme = window.session()->project()->themes().resolve("Knowledge travels");
    REQUIRE(theme.ok());
    evidence.setTheme(theme->uuid);
    weft::app::ThemeEvidenceModel *model = evidence.model();
    const QModelIndex interviews = model->index(0, 0);
    REQUIRE(model->rowCount(interviews) > 0);
    const QModelIndex first = model->index(0, 0, model->index(0, 0, interviews));
    REQUIRE(model->setExemplar(first, true));
    QTest::qWait(100);
    evidence.view()->scrollToTop();
    REQUIRE(evidence.grab().save(QDir(folder).filePath(u"theme-evidence.png"_s)));
    if (!qEnvironmentVariableIsEmpty("WEFT_MAP_EXPORT"))
        REQUIRE(window.themeMapPanel()->exportTo(qEnvironmentVariable("WEFT_MAP_EXPORT")));
}

TEST_CASE("gui: the map's layout keeps fifty themes and their codes apart", "[gui]")
{
    using weft::app::ThemeMapLayout;
    std::vector<ThemeMapLayout::Theme> themes;
    std::vector<ThemeMapLayout::Code> codes;
    for (int c = 0; c < 120; ++c)
        codes.push_back({"c" + std::to_string(c), QSizeF(90 + (c * 37) % 90, 40 + (c % 2) * 16)});
    for (int t = 0; t < 50; ++t) {
        ThemeMapLayout::Theme theme;
        theme.key = "t" + std::to_string(t);
        if (t % 3 != 0) // a theme, its sub-theme and that one's sub-theme, and so on
            theme.parent = "t" + std::to_string(t - 1);
        theme.size = QSizeF(150 + (t * 53) % 80, 56 + (t % 3) * 20);
        for (int k = 0; k < t % 7; ++k)
            theme.codes.push_back("c" + std::to_string((t * 5 + k * 11) % 120)); // shared ones too
        themes.push_back(std::move(theme));
    }
    QElapsedTimer clock;
    clock.start();
    const auto first = ThemeMapLayout::arrange(themes, codes, {});
    WARN("laying out 50 themes and their codes took " << clock.elapsed() << " ms");
    CHECK(first == ThemeMapLayout::arrange(themes, codes, {})); // deterministic

    std::map<std::string, QSizeF> sizes;
    for (const auto &theme : themes)
        sizes[theme.key] = theme.size;
    for (const auto &code : codes)
        sizes[code.key] = code.size;
    auto overlaps = [&](const std::map<std::string, QPointF> &positions) {
        std::vector<QRectF> rects;
        for (const auto &[key, centre] : positions) {
            const QSizeF size = sizes.at(key);
            rects.emplace_back(centre - QPointF(size.width() / 2, size.height() / 2), size);
        }
        int count = 0;
        for (std::size_t i = 0; i < rects.size(); ++i)
            for (std::size_t j = i + 1; j < rects.size(); ++j)
                count += rects[i].intersects(rects[j]) ? 1 : 0;
        return count;
    };
    CHECK(overlaps(first) == 0);
    // Only linked codes are placed, each once.
    std::set<std::string> linked;
    for (const auto &theme : themes)
        linked.insert(theme.codes.begin(), theme.codes.end());
    CHECK(first.size() == themes.size() + linked.size());

    // A saved place wins, and what the layout placed under it moves out of the way.
    const std::string moved = "t3";
    const QPointF onto = first.at("t0");
    const auto second = ThemeMapLayout::arrange(themes, codes, {{moved, onto}});
    CHECK(second.at(moved) == onto);
    const QRectF savedRect(
            onto - QPointF(sizes.at(moved).width() / 2, sizes.at(moved).height() / 2),
            sizes.at(moved));
    for (const auto &[key, centre] : second) {
        if (key == moved)
            continue;
        const QSizeF size = sizes.at(key);
        CHECK_FALSE(savedRect.intersects(
                QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size)));
    }
}

TEST_CASE("gui: a map without themes says how to start one", "[gui]")
{
    SampleFixture fixture;
    weft::app::ProjectSession session;
    weft::app::ThemeMapPanel panel(&session);
    panel.resize(800, 500);
    panel.show();
    REQUIRE(session.open(fixture.projectPath()));
    QTest::qWait(20);
    REQUIRE(panel.scene()->themeNodes().empty());
    const QImage empty = panel.view()->viewport()->grab().toImage();
    if (!qEnvironmentVariableIsEmpty("WEFT_MAP_EMPTY"))
        empty.save(qEnvironmentVariable("WEFT_MAP_EMPTY"));
    auto ink = [](const QImage &image) {
        int count = 0;
        const QRgb background = image.pixel(2, 2);
        for (int y = image.height() / 3; y < 2 * image.height() / 3; ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) != background ? 1 : 0;
        return count;
    };
    CHECK(ink(empty) > 200); // the hint's words
    session.close();
    QTest::qWait(20);
    CHECK(ink(panel.view()->viewport()->grab().toImage()) == 0); // no project, no hint
}

// Hidden ("[.]"): a measurement to run by hand. How long the map and a theme's evidence take
// to rebuild in a study with 40 themes over 200 codes and 8,000 codings in 20 documents.
TEST_CASE("gui: scale: the map and evidence of 40 themes over 8,000 codings", "[.][scale]")
{
    SampleFixture fixture;
    {
        auto project = openDirect(fixture.projectPath());
        std::vector<weft::core::Id> codes;
        for (int i = 0; i < 200; ++i) {
            auto code = project->codes().add({std::nullopt, "Code " + std::to_string(i), {}, {}});
            REQUIRE(code.ok());
            codes.push_back(code->id);
        }
        std::vector<weft::storage::NewCoding> codings;
        for (int d = 0; d < 20; ++d) {
            weft::storage::NewDocument document;
            document.name = "Transcript " + std::to_string(d);
            document.kind = d % 4 ? weft::core::DocumentKind::Interview
                                  : weft::core::DocumentKind::Journal;
            for (int line = 0; line < 2000; ++line)
                document.text += "Line " + std::to_string(line)
                        + " of what was said, long enough to code in parts.\n";
            auto added = project->documents().add(document);
            REQUIRE(added.ok());
            for (int j = 0; j < 400; ++j) {
                const std::int64_t start = (j * 331) % (added->characters - 200);
                codings.push_back({added->id, codes[static_cast<std::size_t>((d * 400 + j) % 200)],
                        start, start + 30 + j % 90, {}});
            }
        }
        REQUIRE(project->codings().addMany(codings).ok());
        for (int t = 0; t < 40; ++t) {
            auto theme = project->themes().add(
                    {.parentId = std::nullopt, .name = "Theme " + std::to_string(t)});
            REQUIRE(theme.ok());
            for (int k = 0; k < 6; ++k)
                REQUIRE(project->themes()
                                .link(theme->uuid,
                                        codes[static_cast<std::size_t>((t * 5 + k) % 200)])
                                .ok());
        }
        REQUIRE(project->close().ok());
    }
    weft::app::ProjectSession session;
    weft::app::ThemeMapPanel map(&session);
    weft::app::ThemeEvidencePanel evidence(&session);
    map.resize(1200, 800);
    map.show();
    evidence.show();
    REQUIRE(session.open(fixture.projectPath()));
    QTest::qWait(20);
    REQUIRE(map.scene()->themeNodes().size() == 40);

    QElapsedTimer clock;
    clock.start();
    map.scene()->reload();
    const qint64 rebuilt = clock.restart();
    map.view()->viewport()->repaint();
    const qint64 painted = clock.restart();
    evidence.setTheme(map.scene()->themeNodes().front()->uuid());
    const qint64 shown = clock.elapsed();
    WARN("map rebuild " << rebuilt << " ms, paint " << painted << " ms; evidence of a theme ("
                        << evidence.model()->excerptCount() << " excerpts) " << shown << " ms");
}
